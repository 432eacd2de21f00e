import { readRawIdsOfKind, type VaultSession } from '../vault';
import { createCaseIndex, type CaseIndex } from './caseIndex';
import { entryAt, entrySummary, type ListEntry } from './caseListSnapshot';
import { KINDS } from './caseSchemas';
import type { CaseSummary } from './caseSummary';
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
  /**
   * Settles once every case listed from the snapshot has been compared with its stored record, the
   * list, the counts and `register` corrected where they differ, and the snapshot repaired (issue 18,
   * point 9). Never rejects. Until then the list is what the snapshot says.
   */
  checked: Promise<void>;
}

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
  const [registerRead, caseIds, buckets] = await Promise.all([
    readNotebookState(session),
    readRawIdsOfKind(session, KINDS.case),
    useSnapshot ? readListBuckets(session) : Promise.resolve([]),
  ]);
  const onDisk = new Set(caseIds);
  const registered = registerRead.state.cases;
  const index = createCaseIndex();
  const cases = new Map<string, CaseSummary>();
  const counters = new Map<string, number>();
  const listed = new Map<string, ListEntry>();
  const gone: ListEntry[] = [];
  for (const bucket of buckets) {
    if (bucket === null) continue;
    const take = bucket.ids.map((id, p) => {
      const entry = entryAt(bucket, p);
      if (!onDisk.has(id)) gone.push(entry);
      // An entry older than the register's last save of its case is stale: the case record decides.
      if (!onDisk.has(id) || cases.has(id) || entry.counter < (registered[id]?.[0] ?? 0)) return false;
      cases.set(id, entrySummary(entry));
      counters.set(id, entry.counter);
      listed.set(id, entry);
      return true;
    });
    index.addInverted(bucket.ids, bucket.vocab, bucket.posts, take);
  }
  const read = await readCaseEntries(
    session,
    caseIds.filter((id) => !cases.has(id)),
  );
  for (const entry of read.entries) {
    cases.set(entry.caseId, entrySummary(entry));
    counters.set(entry.caseId, entry.counter);
    index.replace(entry.caseId, entry.words);
  }
  const data: NotebookData = {
    cases,
    damaged: read.damaged,
    newer: read.newer,
    index,
    register: checkNotebookRegister(registerRead, counters, read.damaged + read.newer),
    checked: Promise.resolve(),
  };
  if (useSnapshot)
    data.checked = checkLater(session, data, registerRead, counters, listed, read.entries, gone);
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
): Promise<void> {
  try {
    const fixed = await checkListedCases(session, data, counters, listed);
    if (fixed.changed) {
      const check = checkNotebookRegister(registerRead, counters, data.damaged + data.newer);
      data.register = { ...check, savedAt: Math.max(check.savedAt, data.register.savedAt) };
    }
    await repairListSnapshot(session, [...fromRecords, ...fixed.entries], gone);
  } catch {
    // Locked meanwhile, or storage failing: the list stays as the snapshot said; the next unlock checks again.
  }
}
