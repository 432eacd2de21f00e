import {
  isVaultError,
  openRawRecord,
  readRawRecords,
  type PutRecordInput,
  type VaultSession,
  type WrittenRow,
} from '../vault';
import {
  bucketEntries,
  bucketOf,
  decodeBucket,
  encodeBucket,
  LIST_BUCKET_KIND,
  LIST_BUCKETS,
  listBucketId,
  listEntryOf,
  type ListBucket,
  type ListEntry,
} from './caseListSnapshot';
import type { CaseFile } from './caseSchemas';

// Reading and writing the list snapshot's buckets (caseListSnapshot.ts has the format).

/** Every bucket, read in one transaction and decrypted; null where absent, damaged or not understood. */
export async function readListBuckets(session: VaultSession): Promise<(ListBucket | null)[]> {
  const ids = Array.from({ length: LIST_BUCKETS }, (_, b) => listBucketId(b));
  const rows = await readRawRecords(session, ids);
  return Promise.all(
    rows.map(async (row) => {
      if (row === undefined || row.kind !== LIST_BUCKET_KIND || row.caseId !== null) return null;
      const opened = await openRawRecord(session, row);
      return opened.ok ? decodeBucket(opened.payload) : null;
    }),
  );
}

/** The entries of one bucket (none when it is absent or unreadable: it is then written afresh). */
export async function readBucketEntries(
  session: VaultSession,
  bucket: number,
): Promise<Map<string, ListEntry>> {
  try {
    const record = await session.getRecord(listBucketId(bucket));
    const decoded = record.kind === LIST_BUCKET_KIND ? decodeBucket(record.payload) : null;
    return decoded ? bucketEntries(decoded) : new Map();
  } catch (error) {
    if (isVaultError(error, 'record-not-found') || isVaultError(error, 'record-damaged')) return new Map();
    throw error;
  }
}

export function bucketPut(bucket: number, entries: Map<string, ListEntry>): PutRecordInput<ListBucket> {
  return {
    id: listBucketId(bucket),
    kind: LIST_BUCKET_KIND,
    caseId: null,
    payload: encodeBucket(entries.values()),
  };
}

/**
 * For a commit (caseCommit.ts, inside the notebook queue): reads the case's bucket now, and gives the
 * `derived` step of putRecords, which puts the case's new entry (with the IV of the case record being
 * written) into it, in the same transaction as the case.
 */
export async function listSnapshotStep(
  session: VaultSession,
  caseId: string,
  file: CaseFile,
): Promise<(written: readonly WrittenRow[]) => PutRecordInput<unknown>[]> {
  const bucket = bucketOf(caseId);
  const entries = await readBucketEntries(session, bucket);
  return (written) => {
    const row = written.find((w) => w.id === caseId);
    if (row === undefined) return [];
    entries.set(caseId, listEntryOf(caseId, file, row));
    return [bucketPut(bucket, entries)];
  };
}
