import type { VaultSession } from '../vault';
import { commitChange, createCase, type CaseChange } from './caseCommit';
import type { CaseFile, CaseNumber } from './caseSchemas';
import { enqueueCaseWrite, runInCaseQueue, type QueuedCase } from './caseWriteQueue';
import type { CaseFields } from './validateCase';

export type { CaseChange } from './caseCommit';

/**
 * What screens call to change a case: through its write queue, on the case as stored at that moment.
 * Pass a function to build the change from that fresh case (an edit of the summary keeps a status
 * changed a moment before); it may return null when there is nothing left to do.
 */
export function saveCaseChange(
  session: VaultSession,
  caseId: string,
  change: CaseChange | ((fresh: QueuedCase) => CaseChange | null),
  now: () => number = Date.now,
): Promise<void> {
  return enqueueCaseWrite(session, caseId, async (fresh) => {
    const built = typeof change === 'function' ? change(fresh) : change;
    if (built !== null) await commitChange(session, fresh, built, now());
  });
}

/** A new case, in the queue of its (new, random) id like every other write to a case. */
export function saveNewCase(
  session: VaultSession,
  caseId: string,
  number: CaseNumber,
  fields: CaseFields,
  now: number,
): Promise<CaseFile> {
  return runInCaseQueue(session, caseId, () => createCase(session, caseId, number, fields, now));
}
