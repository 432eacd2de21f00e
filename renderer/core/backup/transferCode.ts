import {
  formatRecoveryKey,
  generateRecoveryKey,
  parseRecoveryKey,
  RecoveryKeyFormatError,
  wipe,
} from '../crypto';
import { BackupError } from './backupError';

// The one-time transfer code: 128 random bits + a 32-bit checksum, shown as 8 groups of 4 Crockford
// base32 characters ("7K3M-Q9TZ-…"), the same shape as the recovery key so people meet one format.
// It is told to the receiving office by another channel (phone, in person), never on the stick.

export function newTransferCode(): string {
  const raw = generateRecoveryKey();
  try {
    return formatRecoveryKey(raw);
  } finally {
    wipe(raw);
  }
}

/**
 * The canonical form Argon2id is run on: case, spaces, dashes and look-alike letters typed by the
 * receiving office do not matter, and a typo is caught by the checksum before the slow derivation.
 */
export function canonicalTransferCode(typed: string): string {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = parseRecoveryKey(typed);
  } catch (error) {
    const mistyped = error instanceof RecoveryKeyFormatError && error.code === 'recovery-key-mistyped';
    throw new BackupError(mistyped ? 'transfer-code-mistyped' : 'transfer-code-malformed');
  }
  try {
    return formatRecoveryKey(raw);
  } finally {
    wipe(raw);
  }
}
