import {
  decryptRecord,
  encryptRecord,
  type DecodeOutcome,
  type RecordMeta,
  type StoredRecord,
} from './recordCodec';
import { isOpaqueId } from './opaqueId';
import { VaultError } from './vaultError';
import { headerMacMatches, parseHeader, type StoredHeader } from './vaultHeader';
import { internalsOf, type VaultSession } from './vaultSession';

// Row-level access for backups and transfers (renderer/core/backup). The case notebook uses the
// session's record methods instead. Nothing here changes the record or header formats: rows are
// read and written exactly as they are stored.

export interface RawVault {
  vaultId: string;
  header: StoredHeader;
  rows: StoredRecord[];
}

/** The header and every stored row, read in one transaction so the copy is a consistent snapshot. */
export async function readRawVault(session: VaultSession): Promise<RawVault> {
  const { db, vaultId } = internalsOf(session);
  try {
    return await db.transaction('r', db.meta, db.records, async () => {
      const row = await db.meta.get('header');
      if (row === undefined) throw new VaultError('vault-not-found');
      return { vaultId, header: parseHeader(row.header), rows: await db.records.toArray() };
    });
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError(session.isLocked ? 'locked' : 'storage-failed');
  }
}

/** True when `header` was sealed with this session's data key (same vault, authentic header). */
export async function headerBelongsTo(session: VaultSession, header: StoredHeader): Promise<boolean> {
  const { vaultId, keys } = internalsOf(session);
  return header.vaultId === vaultId && (await headerMacMatches(header, keys.headerMacKey));
}

/** Decrypts a stored row with this session's key; never throws for a bad row. */
export async function openRawRecord(session: VaultSession, row: StoredRecord): Promise<DecodeOutcome> {
  const { vaultId, keys } = internalsOf(session);
  return decryptRecord(keys.recordKey, vaultId, row);
}

/**
 * Encrypts a payload under this vault with the metadata given (keeping a transferred record's own
 * timestamp, for instance). Call it before writeRawRecords, never inside a transaction.
 */
export async function sealRawRecord(
  session: VaultSession,
  meta: RecordMeta,
  payload: unknown,
): Promise<StoredRecord> {
  const { vaultId, keys } = internalsOf(session);
  if (
    !isOpaqueId(meta.id) ||
    (meta.caseId !== null && !isOpaqueId(meta.caseId)) ||
    !Number.isSafeInteger(meta.updatedAt)
  ) {
    throw new VaultError('record-invalid');
  }
  const { epoch } = internalsOf(session);
  let row: StoredRecord;
  try {
    row = await encryptRecord(keys.recordKey, vaultId, meta, payload);
  } catch {
    throw new VaultError('record-invalid');
  }
  sealedIn.set(row, epoch);
  return row;
}

/** The key epoch each row of sealRawRecord was sealed under (a re-encryption may swap keys before it is written). */
const sealedIn = new WeakMap<StoredRecord, number>();

/** Writes ready rows (already encrypted under this vault) in one transaction: all or nothing. */
export async function writeRawRecords(session: VaultSession, rows: readonly StoredRecord[]): Promise<void> {
  const { db, gate } = internalsOf(session);
  if (!rows.every((r) => isOpaqueId(r.id))) throw new VaultError('record-invalid');
  try {
    await gate.run(async () => {
      // A row sealed before a re-encryption swapped the keys would be unreadable: write nothing.
      const { epoch } = internalsOf(session);
      if (rows.some((r) => (sealedIn.get(r) ?? epoch) !== epoch)) throw new VaultError('storage-failed');
      await db.transaction('rw', db.records, () => db.records.bulkPut([...rows]));
    });
  } catch {
    throw new VaultError(session.isLocked ? 'locked' : 'storage-failed');
  }
}

/**
 * The caseId of every record that has one, read from the index alone (no ciphertext is loaded):
 * a case list for a 300 MB notebook costs a few hundred kilobytes. Rows without a case are not
 * in the index (null is not an IndexedDB key).
 */
export async function readCaseIdIndex(session: VaultSession): Promise<string[]> {
  const { db } = internalsOf(session);
  try {
    const keys = await db.records.orderBy('caseId').keys();
    return keys.filter((k): k is string => typeof k === 'string');
  } catch {
    throw new VaultError(session.isLocked ? 'locked' : 'storage-failed');
  }
}

/** Every record id in use, from the primary key alone (no ciphertext is loaded). */
export async function readRecordIds(session: VaultSession): Promise<string[]> {
  const { db } = internalsOf(session);
  return guardRead(session, () => db.records.toCollection().primaryKeys());
}

/** How much one batch of rows may hold: a few hundred rows, or a few megabytes of ciphertext. */
export interface BatchLimits {
  rows: number;
  bytes: number;
}

export const RAW_BATCH: BatchLimits = { rows: 256, bytes: 4 * 1024 * 1024 };

/** The vault header alone (a backup's first read). */
export async function readRawHeader(session: VaultSession): Promise<StoredHeader> {
  const { db } = internalsOf(session);
  const row = await guardRead(session, () => db.meta.get('header'));
  if (row === undefined) throw new VaultError('vault-not-found');
  return parseHeader(row.header);
}

/**
 * The next `rows` rows in primary-key order after `afterId` (from the start when null), in one
 * read transaction. Streaming exports read the whole vault this way without holding it; they choose
 * `rows` so a batch stays within a few megabytes (a byte limit inside the query would need a cursor,
 * several times slower than getAll).
 */
export async function readRawBatch(
  session: VaultSession,
  afterId: string | null,
  rows: number,
): Promise<StoredRecord[]> {
  const { db } = internalsOf(session);
  const range = afterId === null ? db.records.orderBy(':id') : db.records.where(':id').above(afterId);
  return guardRead(session, () => range.limit(rows).toArray());
}

/** The stored rows with these ids (undefined where absent), in one read transaction. */
export async function readRawRecords(
  session: VaultSession,
  ids: readonly string[],
): Promise<(StoredRecord | undefined)[]> {
  const { db } = internalsOf(session);
  return guardRead(session, () => db.records.bulkGet([...ids]));
}

/** Ids of the records of one kind, from the kind index (no ciphertext loaded). */
export async function readRawIdsOfKind(session: VaultSession, kind: string): Promise<string[]> {
  const { db } = internalsOf(session);
  return guardRead(session, () => db.records.where('kind').equals(kind).primaryKeys());
}

/** Rows in the database, from the store's count (no row loaded). */
export async function countRawRecords(session: VaultSession): Promise<number> {
  const { db } = internalsOf(session);
  return guardRead(session, () => db.records.count());
}

async function guardRead<R>(session: VaultSession, read: () => Promise<R>): Promise<R> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError(session.isLocked ? 'locked' : 'storage-failed');
  }
}
