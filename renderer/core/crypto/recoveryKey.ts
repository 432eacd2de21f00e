import { concatBytes, utf8Bytes } from '../text';
import { sha256Sync } from '../text/syncHashFace';
import { bytesEqual, copyBytes, randomBytes } from './bytes';

export const RECOVERY_KEY_BYTES = 16;
const CHECKSUM_BYTES = 4;
const GROUP = 4;
/** Crockford base32: no I, L, O or U, so handwriting and reading aloud cause fewer mistakes. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECKSUM_LABEL = utf8Bytes('dalili-recovery-key-v1');

export type RecoveryKeyProblem = 'recovery-key-malformed' | 'recovery-key-mistyped';

export class RecoveryKeyFormatError extends Error {
  constructor(readonly code: RecoveryKeyProblem) {
    super(code);
    this.name = 'RecoveryKeyFormatError';
  }
}

/** 128 random bits. */
export function generateRecoveryKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(RECOVERY_KEY_BYTES);
}

function checksum(key: Uint8Array): Uint8Array {
  return sha256Sync(concatBytes(CHECKSUM_LABEL, key)).subarray(0, CHECKSUM_BYTES);
}

/**
 * 16 key bytes + 4 checksum bytes = 160 bits = 32 base32 characters, shown as 8 groups of 4
 * ("7K3M-Q9TZ-…"). The 32-bit checksum catches typos before we try to unlock with them.
 */
export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== RECOVERY_KEY_BYTES) throw new RangeError('recovery key must be 16 bytes');
  const chars = toBase32(concatBytes(key, checksum(key)));
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return groups.join('-');
}

/** Accepts lower case, spaces, dashes, and the look-alikes O→0, I/L→1 people write by hand. */
export function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== 32 || [...cleaned].some((c) => !ALPHABET.includes(c))) {
    throw new RecoveryKeyFormatError('recovery-key-malformed');
  }
  const bytes = fromBase32(cleaned);
  const key = copyBytes(bytes.subarray(0, RECOVERY_KEY_BYTES));
  if (!bytesEqual(bytes.subarray(RECOVERY_KEY_BYTES), checksum(key))) {
    throw new RecoveryKeyFormatError('recovery-key-mistyped');
  }
  return key;
}

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out; // 160 bits is a whole number of 5-bit characters: no padding.
}

function fromBase32(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array((text.length * 5) / 8);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}
