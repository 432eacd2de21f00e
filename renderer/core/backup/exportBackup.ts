import {
  type BatchLimits,
  countRawRecords,
  RAW_BATCH,
  readRawBatch,
  readRawHeader,
  RECORD_FORMAT,
  type StoredRecord,
  type VaultSession,
} from '../vault';
import { isListBucketId } from '../cases';
import { foldText } from '../text';
import { BackupError } from './backupError';
import { backupHeaderJson } from './backupFile';
import { BACKUP_EXTENSION, BACKUP_LIMITS } from './backupLimits';
import type { OnBackupProgress } from './backupProgress';
import { throwIfCancelled } from './cancel';
import { collectingSink, type ByteSink } from './byteStream';
import { ContainerWriter } from './container';
import { ExportSnapshot } from './exportSnapshot';
import { guardStorage } from './guardStorage';
import { headerToJson } from './headerCodec';
import { frameHead, frameLength } from './recordFrames';

export interface BackupWriteOptions {
  now?: number;
  onProgress?: OnBackupProgress;
  /** Rows per read transaction (tests pass tiny batches). */
  batch?: BatchLimits;
  /** Bytes per write to the sink (tests pass tiny chunks). */
  chunkBytes?: number;
  /** Checked between batches and before the file is committed: a cancel throws 'cancelled'. */
  signal?: AbortSignal;
}

export interface BackupWriteResult {
  recordCount: number;
  /** Rows whose stored shape is not a v1 record (already damaged here): left out, counted. */
  skipped: number;
}

/** A file being written that can still be thrown away: platform.createFileWriter's writers. */
export interface BackupFileWriter<C> extends ByteSink {
  commit(): Promise<C>;
  abort(): Promise<void>;
}

/**
 * Streams the open vault, as it is stored, into `sink`: no record is decrypted, the file is as
 * unreadable as the database itself (the open session is required only so a locked computer
 * cannot be copied by anyone passing by).
 *
 * The preamble needs the body length first, so the vault is read twice, in batches: pass 1 sizes
 * every frame and remembers each row's id, updatedAt, IV and size; pass 2 reads the rows again and
 * writes them. A row added, removed or re-saved between the passes, or a header changed (a new
 * passphrase), is 'changed-during-export': the caller throws the unfinished file away.
 */
export async function writeBackup(
  session: VaultSession,
  sink: ByteSink,
  options: BackupWriteOptions = {},
): Promise<BackupWriteResult> {
  const now = options.now ?? Date.now();
  const batch = options.batch ?? RAW_BATCH;
  return guardStorage(async () => {
    const header = headerToJson(await readRawHeader(session));
    const total = await countRawRecords(session);
    const snapshot = new ExportSnapshot();
    let bodyLength = 0;
    let skipped = 0;
    let done = 0;
    // Pass 1 cannot know sizes before reading: batches shrink to fit the largest row seen so far.
    let largest = 64 * 1024;
    for await (const rows of vaultBatches(session, () =>
      Math.max(1, Math.min(batch.rows, Math.floor(batch.bytes / largest))),
    )) {
      throwIfCancelled(options.signal);
      for (const row of rows) {
        if (isSnapshotRow(row)) continue;
        largest = Math.max(largest, row.ciphertext?.length ?? 0);
        if (!isWellFormed(row)) skipped++;
        else bodyLength += snapshot.add(row, frameLength(row));
      }
      options.onProgress?.({ step: 'reading', done: (done += rows.length), total });
    }
    if (snapshot.length > BACKUP_LIMITS.maxRecords) throw new BackupError('too-large');

    const out = await ContainerWriter.start(
      'backup',
      backupHeaderJson(now, snapshot.length, header),
      bodyLength,
      sink,
      options.chunkBytes,
    );
    let index = 0;
    // Pass 2 knows every size from pass 1: each batch takes as many rows as fit.
    for await (const rows of vaultBatches(session, () =>
      snapshot.rowsFitting(index, batch.bytes, batch.rows),
    )) {
      throwIfCancelled(options.signal);
      for (const row of rows) {
        if (isSnapshotRow(row) || !isWellFormed(row)) continue;
        const head = frameHead(row);
        if (!snapshot.matches(index++, row, head.length + row.ciphertext.length))
          throw new BackupError('changed-during-export');
        await out.pushBody(head);
        await out.pushBody(row.ciphertext);
      }
      options.onProgress?.({ step: 'writing', done: index, total: snapshot.length });
    }
    const headerNow = headerToJson(await readRawHeader(session));
    if (index !== snapshot.length || JSON.stringify(headerNow) !== JSON.stringify(header))
      throw new BackupError('changed-during-export');
    throwIfCancelled(options.signal);
    await out.finish();
    return { recordCount: snapshot.length, skipped };
  });
}

/**
 * writeBackup into a file writer: committed when complete, thrown away on any failure, a cancel
 * included (one that comes after the last chunk, before the commit, still throws the file away).
 */
export async function saveBackup<C>(
  session: VaultSession,
  writer: BackupFileWriter<C>,
  options: BackupWriteOptions = {},
): Promise<BackupWriteResult & { saved: C }> {
  let result: BackupWriteResult;
  try {
    result = await writeBackup(session, writer, options);
    throwIfCancelled(options.signal);
  } catch (error) {
    await writer.abort().catch(() => undefined);
    throw error;
  }
  return { ...result, saved: await guardStorage(() => writer.commit()) };
}

export interface ExportedBackup extends BackupWriteResult {
  bytes: Uint8Array<ArrayBuffer>;
  suggestedName: string;
}

/** The whole file in memory (tests, fixtures): the app streams it to disk with saveBackup. */
export async function exportBackup(session: VaultSession, now: number = Date.now()): Promise<ExportedBackup> {
  const sink = collectingSink();
  const result = await writeBackup(session, sink, { now });
  return { ...result, bytes: sink.bytes(), suggestedName: backupFileName(now) };
}

/**
 * "dalili-bureau-walikale-2026-12-04.dalili-backup": the notebook's name and the day, so backups of
 * several notebooks on one stick are told apart. The name is the label the office chose, already
 * shown to anyone before unlocking (it must not identify a person); it is reduced to ASCII letters,
 * digits and hyphens, so no file system, stick or mail tool trips on it.
 */
export function backupFileName(now: number, notebookName = ''): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const safe = safeFileNamePart(notebookName);
  return `dalili-${safe === '' ? '' : `${safe}-`}${day}.${BACKUP_EXTENSION}`;
}

const FILE_NAME_PART_MAX = 40;

/** Accents dropped, anything else than a-z and 0-9 turned into single hyphens, at most 40 characters. */
export function safeFileNamePart(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, FILE_NAME_PART_MAX)
    .replace(/^-+|-+$/g, '');
}

async function* vaultBatches(session: VaultSession, nextSize: () => number): AsyncGenerator<StoredRecord[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await readRawBatch(session, after, nextSize());
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * The case list's snapshot (issue 18, point 9) is left out of backups: it is a copy of the case records,
 * rewritten in the background after an unlock (so it would make an export look "changed during export"),
 * never merged, and rebuilt at the first unlock of a restored notebook. A backup holds what was written.
 */
const isSnapshotRow = (row: StoredRecord): boolean => isListBucketId(row.id);

function isWellFormed(row: StoredRecord): boolean {
  return (
    row.format === RECORD_FORMAT &&
    row.iv instanceof Uint8Array &&
    row.iv.length === 12 &&
    row.ciphertext instanceof Uint8Array &&
    row.ciphertext.length >= 272
  );
}
