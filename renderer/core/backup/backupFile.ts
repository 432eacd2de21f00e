import { z } from 'zod';
import { headerChecksumMatches, type StoredHeader } from '../vault/vaultHeader';
import { isAcceptableCost } from '../crypto/kdfParams';
import type { StoredRecord } from '../vault/recordCodec';
import { BackupError } from './backupError';
import { BACKUP_LIMITS } from './backupLimits';
import { readContainer, writeContainerWith } from './container';
import { headerFromJson, headerToJson } from './headerCodec';
import { decodeFrames, frameWriter } from './recordFrames';

/** Backup format written by this version (inside container version 1). */
export const BACKUP_FORMAT = 1;

export interface BackupContents {
  createdAt: number;
  header: StoredHeader;
  rows: StoredRecord[];
}

const backupHeaderSchema = z.strictObject({
  kind: z.literal('dalili-backup'),
  format: z.number().int(),
  createdAt: z.number().int().nonnegative(),
  recordCount: z.number().int().nonnegative().max(BACKUP_LIMITS.maxRecords),
  vault: z.unknown(),
});

/** The whole vault, still encrypted: its header (with MAC and checksum) and every row as stored. */
export async function encodeBackup(contents: BackupContents): Promise<Uint8Array<ArrayBuffer>> {
  if (contents.rows.length > BACKUP_LIMITS.maxRecords) throw new BackupError('too-large');
  const header = { kind: 'dalili-backup', format: BACKUP_FORMAT, createdAt: contents.createdAt, recordCount: contents.rows.length, vault: headerToJson(contents.header) };
  const frames = frameWriter(contents.rows);
  return writeContainerWith('backup', header, frames.length, frames.write);
}

/**
 * Everything a restore or merge needs, fully decoded and checked (sizes, hash, structure, vault
 * header checksum, KDF bounds) before any database is touched. No key is needed or used here.
 */
export async function decodeBackup(file: Uint8Array): Promise<BackupContents> {
  const container = await readContainer('backup', file);
  const kindOnly = z.object({ kind: z.string(), format: z.number() }).safeParse(container.header);
  if (kindOnly.success && kindOnly.data.kind === 'dalili-backup') {
    if (kindOnly.data.format > BACKUP_FORMAT) throw new BackupError('format-too-new');
    if (kindOnly.data.format < BACKUP_FORMAT) throw new BackupError('format-unsupported');
  }
  const parsed = backupHeaderSchema.safeParse(container.header);
  if (!parsed.success) throw new BackupError('corrupted');
  const header = headerFromJson(parsed.data.vault);
  if (!(await headerChecksumMatches(header)) || !isAcceptableCost(header.kdf)) throw new BackupError('corrupted');
  const rows = decodeFrames(container.body, parsed.data.recordCount);
  return { createdAt: parsed.data.createdAt, header, rows };
}
