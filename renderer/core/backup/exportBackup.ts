import { readRawVault } from '../vault/rawVault';
import { RECORD_FORMAT, type StoredRecord } from '../vault/recordCodec';
import { isVaultError } from '../vault/vaultError';
import type { VaultSession } from '../vault/vaultSession';
import { BackupError } from './backupError';
import { BACKUP_EXTENSION } from './backupLimits';
import { encodeBackup } from './backupFile';

export interface ExportedBackup {
  bytes: Uint8Array<ArrayBuffer>;
  suggestedName: string;
  recordCount: number;
  /** Rows whose stored shape is not a v1 record (already damaged here): left out, counted. */
  skipped: number;
}

/**
 * Copies the open vault as it is stored: no record is decrypted, the file is as unreadable as the
 * database itself. The open session is required only so a locked computer cannot be copied by
 * anyone passing by; the key is not used.
 */
export async function exportBackup(session: VaultSession, now: number = Date.now()): Promise<ExportedBackup> {
  let raw;
  try {
    raw = await readRawVault(session);
  } catch (error) {
    throw new BackupError(isVaultError(error, 'locked') ? 'locked' : 'storage-failed');
  }
  const rows = raw.rows.filter(isWellFormed);
  const bytes = await encodeBackup({ createdAt: now, header: raw.header, rows });
  return { bytes, suggestedName: backupFileName(now), recordCount: rows.length, skipped: raw.rows.length - rows.length };
}

/** Date only, no profile name: the file name is visible to anyone who sees the stick. */
export function backupFileName(now: number): string {
  return `dalili-${new Date(now).toISOString().slice(0, 10)}.${BACKUP_EXTENSION}`;
}

function isWellFormed(row: StoredRecord): boolean {
  return row.format === RECORD_FORMAT && row.iv instanceof Uint8Array && row.iv.length === 12 && row.ciphertext instanceof Uint8Array && row.ciphertext.length >= 272;
}
