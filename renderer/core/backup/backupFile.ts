import { z } from 'zod';
import { bytesEqual, createIncrementalSha256, isAcceptableCost } from '../crypto';
import { headerChecksumMatches, type StoredHeader, type StoredRecord } from '../vault';
import { BackupError } from './backupError';
import { BACKUP_LIMITS } from './backupLimits';
import type { OnBackupProgress } from './backupProgress';
import { bytesSource, type ByteSource } from './byteStream';
import { cancellableSource } from './cancel';
import { HASH_BYTES, openContainer, type OpenedContainer } from './container';
import { headerFromJson } from './headerCodec';
import { FrameReader } from './recordFrames';
import { SourceCursor } from './sourceCursor';

/** Backup format written by this version (inside container version 1). */
export const BACKUP_FORMAT = 1;

export interface BackupContents {
  createdAt: number;
  header: StoredHeader;
  rows: StoredRecord[];
}

/** What the person is shown before confirming: from the container's header, after the hash pass. */
export interface BackupPreview {
  createdAt: number;
  recordCount: number;
  header: StoredHeader;
}

/** A preview plus where the body sits: enough to stream the rows in a later pass. */
export interface InspectedBackup extends BackupPreview {
  container: OpenedContainer;
}

const backupHeaderSchema = z.strictObject({
  kind: z.literal('dalili-backup'),
  format: z.number().int(),
  createdAt: z.number().int().nonnegative(),
  recordCount: z.number().int().nonnegative().max(BACKUP_LIMITS.maxRecords),
  vault: z.unknown(),
});

/** Rows handed out per batch when a backup is read: a few hundred, or a few megabytes. */
export const ROW_BATCH = { rows: 256, bytes: 4 * 1024 * 1024 };

/** The JSON header of a backup with `recordCount` rows. */
export function backupHeaderJson(createdAt: number, recordCount: number, vault: unknown): unknown {
  return { kind: 'dalili-backup', format: BACKUP_FORMAT, createdAt, recordCount, vault };
}

/**
 * Sizes, magic, version, lengths, the SHA-256 over the whole file (streamed), then the JSON header
 * and the vault header's keyless checksum and KDF bounds. No row is parsed or kept. `signal` stops
 * the hash pass between chunks ('cancelled').
 */
export async function inspectBackup(
  source: ByteSource,
  onProgress?: OnBackupProgress,
  signal?: AbortSignal,
): Promise<InspectedBackup> {
  const container = await openContainer('backup', cancellableSource(source, signal), (done, total) =>
    onProgress?.({ step: 'checking', done, total }),
  );
  const kindOnly = z.object({ kind: z.string(), format: z.number() }).safeParse(container.header);
  if (kindOnly.success && kindOnly.data.kind === 'dalili-backup') {
    if (kindOnly.data.format > BACKUP_FORMAT) throw new BackupError('format-too-new');
    if (kindOnly.data.format < BACKUP_FORMAT) throw new BackupError('format-unsupported');
  }
  const parsed = backupHeaderSchema.safeParse(container.header);
  if (!parsed.success) throw new BackupError('corrupted');
  const header = headerFromJson(parsed.data.vault);
  if (!(await headerChecksumMatches(header)) || !isAcceptableCost(header.kdf))
    throw new BackupError('corrupted');
  return { createdAt: parsed.data.createdAt, recordCount: parsed.data.recordCount, header, container };
}

/**
 * inspectBackup, then a second streamed pass that parses every frame (lengths, shapes, ids, record
 * formats, count) and keeps none: a restore or merge touches no database before this has passed.
 */
export async function checkBackup(
  source: ByteSource,
  onProgress?: OnBackupProgress,
): Promise<InspectedBackup> {
  const total = source.size * 2;
  const inspected = await inspectBackup(source, onProgress && ((p) => onProgress({ ...p, total })));
  const { bodyOffset, bodyLength } = inspected.container;
  const frames = new FrameReader(
    new SourceCursor(source, bodyOffset, bodyOffset + bodyLength),
    bodyOffset + bodyLength,
    inspected.recordCount,
  );
  let step = 0;
  while ((await frames.next()) !== null) {
    // Second half of the bar: frames read, in proportion.
    if (++step % 256 === 0)
      onProgress?.({
        step: 'checking',
        done: source.size * (1 + frames.recordsRead / Math.max(1, inspected.recordCount)),
        total,
      });
  }
  return inspected;
}

/**
 * The rows of a checked backup in batches, read again from the source. The file is hashed again on
 * the way, and the last batch is followed by a check that it still matches: a file changed on the
 * stick between the passes is 'corrupted', and the caller has not finished writing yet.
 */
export async function* backupRowBatches(
  source: ByteSource,
  inspected: InspectedBackup,
  limits = ROW_BATCH,
): AsyncGenerator<StoredRecord[]> {
  const { bodyOffset, bodyLength, hash } = inspected.container;
  const bodyEnd = bodyOffset + bodyLength;
  const hasher = await createIncrementalSha256();
  const cursor = new SourceCursor(source, 0, bodyEnd, hasher);
  await cursor.take(bodyOffset);
  const frames = new FrameReader(cursor, bodyEnd, inspected.recordCount);
  let batch: StoredRecord[] = [];
  let bytes = 0;
  for (let row = await frames.next(); row !== null; row = await frames.next()) {
    batch.push(row);
    bytes += row.ciphertext.length;
    if (batch.length >= limits.rows || bytes >= limits.bytes) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (source.size !== bodyEnd + HASH_BYTES || !bytesEqual(hasher.digest(), hash))
    throw new BackupError('corrupted');
  if (batch.length > 0) yield batch;
}

/**
 * A whole backup in memory, fully decoded (tests, and files known to be small). The app itself
 * streams: checkBackup, then backupRowBatches.
 */
export async function decodeBackup(file: Uint8Array): Promise<BackupContents> {
  const source = bytesSource(file);
  const inspected = await checkBackup(source);
  const rows: StoredRecord[] = [];
  for await (const batch of backupRowBatches(source, inspected)) rows.push(...batch);
  return { createdAt: inspected.createdAt, header: inspected.header, rows };
}
