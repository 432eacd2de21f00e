import { openRawRecord, readRawRecords, type StoredRecord, type VaultSession } from '../vault';
import { toHex } from '../text';
import { decodeCaseListRecord } from './caseListRecord';
import { bucketOf, entrySummary, listEntryOf, type ListEntry } from './caseListSnapshot';
import { placeCase, type DeletedCaseSummary } from './placeCase';
import type { CaseSummary } from './caseSummary';
import type { CaseIndex } from './caseIndex';
import { runInNotebookQueue } from './caseCommit';
import { bucketPut, readBucketEntries } from './listSnapshotStore';

// The case records behind the list (issue 18, point 9): read where the snapshot cannot answer, checked
// against it after the list shows, and the snapshot repaired from what they say.

/** Rows per read: a few hundred kilobytes of ciphertext. */
const BATCH = 256;

export interface CaseEntries {
  entries: ListEntry[];
  damaged: number;
  newer: number;
}

type Decoded = { ok: true; entry: ListEntry } | { ok: false; reason: 'damaged' | 'newer' };

async function decodeRow(session: VaultSession, row: StoredRecord): Promise<Decoded> {
  const opened = await openRawRecord(session, row);
  if (!opened.ok) return { ok: false, reason: 'damaged' };
  // Only the fields the list and the index use are validated here (caseListRecord.ts).
  const decoded = decodeCaseListRecord(opened.payload);
  if (!decoded.ok) return { ok: false, reason: decoded.reason === 'newer' ? 'newer' : 'damaged' };
  return { ok: true, entry: listEntryOf(row.id, decoded.value, row) };
}

/** Reads and decrypts these case records (all of them at the first unlock after the upgrade). */
export async function readCaseEntries(
  session: VaultSession,
  caseIds: readonly string[],
): Promise<CaseEntries> {
  const out: CaseEntries = { entries: [], damaged: 0, newer: 0 };
  for (let i = 0; i < caseIds.length; i += BATCH) {
    const rows = await readRawRecords(session, caseIds.slice(i, i + BATCH));
    // All decryptions of a batch in flight at once keep WebCrypto's threads busy.
    const decoded = await Promise.all(
      rows.map((row) => (row ? decodeRow(session, row) : Promise.resolve(null))),
    );
    for (const d of decoded) {
      if (d === null) continue; // deleted since the ids were read
      if (d.ok) out.entries.push(d.entry);
      else out[d.reason]++;
    }
  }
  return out;
}

interface Listed {
  cases: Map<string, CaseSummary>;
  deleted: Map<string, DeletedCaseSummary>;
  index: CaseIndex;
  damaged: number;
  newer: number;
}

/**
 * Compares the stored copy of each case listed from the snapshot with the one its line names (the
 * IV: no decryption when they are the same). A different copy is decrypted and its line, words and
 * counter replace the snapshot's, unless the case was saved meanwhile (its line replaced by then).
 */
export async function checkListedCases(
  session: VaultSession,
  data: Listed,
  counters: Map<string, number>,
  listed: ReadonlyMap<string, ListEntry>,
): Promise<{ changed: boolean; entries: ListEntry[] }> {
  const ids = [...listed.keys()];
  // A case deleted whole is shown under « Dossiers supprimés »: its line there is what a save replaces.
  const shownOf = (id: string) => data.cases.get(id) ?? data.deleted.get(id);
  const shown = new Map(ids.map((id) => [id, shownOf(id)]));
  const entries: ListEntry[] = [];
  let changed = false;
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await readRawRecords(session, ids.slice(i, i + BATCH));
    const differing = rows.filter(
      (row): row is StoredRecord => row !== undefined && toHex(row.iv) !== listed.get(row.id)?.iv,
    );
    for (const row of differing) {
      const decoded = await decodeRow(session, row);
      if (shownOf(row.id) !== shown.get(row.id)) continue; // saved meanwhile: the save is newer
      changed = true;
      if (decoded.ok) {
        entries.push(decoded.entry);
        placeCase(data, entrySummary(decoded.entry), decoded.entry.deleted);
        data.index.replace(row.id, decoded.entry.words);
        counters.set(row.id, decoded.entry.counter);
      } else {
        data.cases.delete(row.id);
        data.deleted.delete(row.id);
        data.index.replace(row.id, []);
        counters.delete(row.id);
        data[decoded.reason]++;
      }
    }
  }
  return { changed, entries };
}

/**
 * Writes what the case records said into the snapshot, in the notebook queue (never between a commit's
 * read of a bucket and its write), bucket by bucket re-read there: a line a commit wrote since (a
 * higher counter) stays; lines of cases no longer stored are dropped. Writes nothing when nothing differs.
 */
export async function repairListSnapshot(
  session: VaultSession,
  found: readonly ListEntry[],
  gone: readonly ListEntry[],
): Promise<void> {
  if (found.length === 0 && gone.length === 0) return;
  const byBucket = new Map<number, { found: ListEntry[]; gone: ListEntry[] }>();
  const slot = (caseId: string) => {
    const b = bucketOf(caseId);
    let s = byBucket.get(b);
    if (!s) byBucket.set(b, (s = { found: [], gone: [] }));
    return s;
  };
  for (const e of found) slot(e.caseId).found.push(e);
  for (const e of gone) slot(e.caseId).gone.push(e);
  await runInNotebookQueue(session, async () => {
    const puts = [];
    for (const [b, s] of byBucket) {
      const entries = await readBucketEntries(session, b);
      let dirty = false;
      for (const e of s.found) {
        const current = entries.get(e.caseId);
        if (
          current &&
          (current.counter > e.counter || (current.counter === e.counter && current.iv === e.iv))
        )
          continue;
        entries.set(e.caseId, e);
        dirty = true;
      }
      for (const e of s.gone)
        if (entries.get(e.caseId)?.iv === e.iv) dirty = entries.delete(e.caseId) || dirty;
      if (dirty) puts.push(bucketPut(b, entries));
    }
    if (puts.length > 0) await session.putRecords(puts);
  });
}
