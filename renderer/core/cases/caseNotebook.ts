import { readRawIdsOfKind, type VaultSession } from '../vault';
import { createCaseIndex, type CaseIndex } from './caseIndex';
import { entryAt, entrySummary, type ListEntry } from './caseListSnapshot';
import { placeCase } from './placeCase';
import { KINDS } from './caseSchemas';
import type { CaseSummary } from './caseSummary';
import type { DeletedCaseSummary } from './placeCase';
import { checkNotebookRegister, type NotebookRegisterCheck } from './notebookRegister';
import { readNotebookState, type NotebookStateRead } from './notebookState';
import { checkListedCases, readCaseEntries, repairListSnapshot } from './notebookCheck';
import { readListBuckets } from './listSnapshotStore';

/** What the notebook keeps in memory while unlocked: the list and the search index. */
export interface NotebookData {
  cases: Map<string, CaseSummary>;
  damaged: number;
  /** Cases written by a newer version of Dalili: kept, not listed, counted so the screen can say so. */
  newer: number;
  index: CaseIndex;
  /** The notebook's register: last save, counter, and what it says was deleted or rolled back (issue 18). */
  register: NotebookRegisterCheck;
  /** Cases deleted whole and still restorable (issue 18, point 1): not in `cases` nor in the index. */
  deleted: Map<string, DeletedCaseSummary>;
  /**
   * Settles once every case listed from the snapshot has been compared with its stored record, the
   * list, the counts and `register` corrected where they differ, and the snapshot repaired (issue 18,
   * point 9). Never rejects. Until then the list is what the snapshot says.
   */
  checked: Promise<void>;
}

export type { DeletedCaseSummary } from './placeCase';

export interface LoadNotebookOptions {
  /** false: decrypt every case record, as before the snapshot (the benchmark's "old path"); writes nothing. */
  snapshot?: boolean;
}

/**
 * After unlock: the list and the index from the list snapshot (64 records), every case the snapshot
 * lacks or holds at an older counter than the register from its own record. Then, without holding up
 * the list, each listed case's stored copy is compared with the one its snapshot line names
 * (`checked`). The caller must drop the result at lock (session.onLock).
 */
export async function loadNotebook(
  session: VaultSession,
  options: LoadNotebookOptions = {},
): Promise<NotebookData> {
  const useSnapshot = options.snapshot !== false;
  const [registerRead, caseIds, buckets, tombstoneIds] = await Promise.all([
    readNotebookState(session),
    readRawIdsOfKind(session, KINDS.case),
    useSnapshot ? readListBuckets(session) : Promise.resolve([]),
    readRawIdsOfKind(session, KINDS.tombstone),
  ]);
  // A case purged after its deletion leaves a tombstone under its id: gone on purpose, not missing.
  const purged = new Set(tombstoneIds);
  const onDisk = new Set(caseIds);
  const registered = registerRead.state.cases;
  const index = createCaseIndex();
  const cases = new Map<string, CaseSummary>();
  const deleted = new Map<string, DeletedCaseSummary>();
  // Every readable case, listed or deleted, with its seal counter: the register check counts them all.
  const counters = new Map<string, number>();
  const listed = new Map<string, ListEntry>();
  const gone: ListEntry[] = [];
  for (const bucket of buckets) {
    if (bucket === null) continue;
    const take = bucket.ids.map((id, p) => {
      const entry = entryAt(bucket, p);
      if (!onDisk.has(id)) gone.push(entry);
      // An entry older than the register's last save of its case is stale: the case record decides.
      if (!onDisk.has(id) || counters.has(id) || entry.counter < (registered[id]?.[0] ?? 0)) return false;
      placeCase({ cases, deleted }, entrySummary(entry), entry.deleted);
      counters.set(id, entry.counter);
      listed.set(id, entry);
      // A deleted case's line holds no words; it stays out of the index either way.
      return entry.deleted === undefined;
    });
    index.addInverted(bucket.ids, bucket.vocab, bucket.posts, take);
  }
  const read = await readCaseEntries(
    session,
    caseIds.filter((id) => !counters.has(id)),
  );
  for (const entry of read.entries) {
    placeCase({ cases, deleted }, entrySummary(entry), entry.deleted);
    counters.set(entry.caseId, entry.counter);
    index.replace(entry.caseId, entry.words);
  }
  const data: NotebookData = {
    cases,
    deleted,
    damaged: read.damaged,
    newer: read.newer,
    index,
    register: checkNotebookRegister(registerRead, counters, read.damaged + read.newer, purged),
    checked: Promise.resolve(),
  };
  if (useSnapshot)
    data.checked = checkLater(session, data, registerRead, counters, listed, read.entries, gone, purged);
  return data;
}

async function checkLater(
  session: VaultSession,
  data: NotebookData,
  registerRead: NotebookStateRead,
  counters: Map<string, number>,
  listed: Map<string, ListEntry>,
  fromRecords: readonly ListEntry[],
  gone: readonly ListEntry[],
  purged: ReadonlySet<string>,
): Promise<void> {
  try {
    const fixed = await checkListedCases(session, data, counters, listed);
    if (fixed.changed) {
      const check = checkNotebookRegister(registerRead, counters, data.damaged + data.newer, purged);
      data.register = { ...check, savedAt: Math.max(check.savedAt, data.register.savedAt) };
    }
    await repairListSnapshot(session, [...fromRecords, ...fixed.entries], gone);
  } catch {
    // Locked meanwhile, or storage failing: the list stays as the snapshot said; the next unlock checks again.
  }
}
