import {
  type CaseBundle,
  CaseError,
  type CaseMergeCounts,
  type CaseMergePlan,
  type IncomingRecord,
  KINDS,
  loadCase,
  planCaseMerge,
  saveCaseChange,
} from '../cases';
import type { PutRecordInput, VaultSession } from '../vault';
import { BackupError } from './backupError';
import { CONFLICT_KIND, conflictKey, type ConflictCopy } from './conflictCopy';
import type { TransferRecord } from './transferContent';

// Issue 18, point 2: cases of a transfer that this notebook already holds (a case coming back to the
// office that sent it, or sent twice) are merged into it record by record (planCaseMerge), each in
// one journalled commit through the case's write queue, instead of being added beside it renamed.

export interface TransferMergeCounts extends CaseMergeCounts {
  /** Cases here that the file would change but that are closed here: left as they are. */
  closedHere: number;
}

export const NO_MERGE: TransferMergeCounts = {
  added: 0,
  updated: 0,
  deleted: 0,
  conflicts: 0,
  unchanged: 0,
  closedHere: 0,
};

/** The file's cases that are readable cases here, loaded; the others arrive as new cases. */
export async function casesHere(
  session: VaultSession,
  caseIds: readonly string[],
  taken: ReadonlySet<string>,
): Promise<Map<string, CaseBundle>> {
  const out = new Map<string, CaseBundle>();
  for (const caseId of caseIds) {
    if (!taken.has(caseId)) continue;
    try {
      out.set(caseId, await loadCase(session, caseId));
    } catch (error) {
      // Not a case here (or one this Dalili cannot read): the file's copy is added beside it, renamed.
      if (!(error instanceof CaseError)) throw error;
    }
  }
  return out;
}

/**
 * A record merged into a case must be that case's: an id used here by anything else would make the
 * merge overwrite another case's record. Ids are 128 random bits, so only a forged file does it.
 */
export function checkMergedIds(
  records: readonly TransferRecord[],
  here: ReadonlyMap<string, CaseBundle>,
  taken: ReadonlySet<string>,
): void {
  for (const r of records) {
    const bundle = here.get(r.caseId);
    if (!bundle || r.kind === KINDS.audit || r.id === r.caseId || !taken.has(r.id)) continue;
    if (!bundle.live.has(r.id)) throw new BackupError('transfer-record-invalid');
  }
}

/** What merging would do, summed over the cases, without writing (the preview). */
export function previewMerges(
  here: ReadonlyMap<string, CaseBundle>,
  records: readonly TransferRecord[],
  kept: ReadonlySet<string>,
  at: number,
): TransferMergeCounts {
  const total = { ...NO_MERGE };
  for (const [caseId, bundle] of here) {
    const plan = planCaseMerge(bundle, recordsOf(records, caseId));
    add(total, plan, newCopies(plan, caseId, kept, at).length);
  }
  return total;
}

/**
 * Merges each case in its own write queue, on the case as stored at that moment: one commit per
 * case holding the merged records, their previous versions, the conflict copies and a "merged"
 * journal entry that binds what was written. A case closed here is left as it is.
 */
export async function mergeTransferCases(
  session: VaultSession,
  caseIds: readonly string[],
  records: readonly TransferRecord[],
  kept: Set<string>,
  at: number,
): Promise<TransferMergeCounts> {
  const total = { ...NO_MERGE };
  for (const caseId of caseIds) {
    await saveCaseChange(
      session,
      caseId,
      (fresh) => {
        const plan = planCaseMerge(fresh, recordsOf(records, caseId));
        const copies = newCopies(plan, caseId, kept, at);
        add(total, plan, copies.length);
        if (plan.change === null && copies.length === 0) return null;
        for (const copy of copies) kept.add(conflictKey(copy));
        const outside: PutRecordInput<unknown>[] = copies.map((payload) => ({
          kind: CONFLICT_KIND,
          caseId: null,
          payload,
        }));
        return { ...(plan.change ?? {}), action: 'merged', outside: { put: outside } };
      },
      () => at,
    );
  }
  return total;
}

function recordsOf(records: readonly TransferRecord[], caseId: string): IncomingRecord[] {
  return records.filter((r) => r.caseId === caseId);
}

/** The plan's conflict sides as copies, less those an earlier merge of the same version already kept. */
function newCopies(
  plan: CaseMergePlan,
  caseId: string,
  kept: ReadonlySet<string>,
  at: number,
): ConflictCopy[] {
  return plan.conflicts
    .map((c): ConflictCopy => ({ v: 1, ...c, caseId, mergedAt: at }))
    .filter((copy) => !kept.has(conflictKey(copy)));
}

function add(total: TransferMergeCounts, plan: CaseMergePlan, copies: number): void {
  const { counts } = plan;
  total.added += counts.added;
  total.updated += counts.updated;
  total.deleted += counts.deleted;
  // A conflict whose other version is already kept aside (the same file merged twice) is no news.
  total.conflicts += copies;
  total.unchanged += counts.unchanged + (counts.conflicts - copies);
  if (plan.closedHere) total.closedHere++;
}
