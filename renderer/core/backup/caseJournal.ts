import { CaseError, saveCaseChange } from '../cases';
import type { VaultSession } from '../vault';

/**
 * Appends "exported" to the journal of every transferred case that is a case of the notebook
 * (renderer/core/cases: saveCaseChange, one transaction per case, chain and anchor kept
 * consistent by the notebook's own code). Records grouped under a case id that is not a notebook
 * case (no readable case record) have no journal and are skipped. Returns how many were journaled.
 * The transfer file holds each case as it was before this entry: its chain verifies as is.
 */
export async function journalCaseExports(
  session: VaultSession,
  caseIds: readonly string[],
  at: number,
): Promise<number> {
  let journaled = 0;
  for (const caseId of caseIds) {
    try {
      // Through the case's write queue, like every change to a case.
      await saveCaseChange(session, caseId, { action: 'exported' }, () => at);
    } catch (error) {
      if (error instanceof CaseError) continue;
      throw error;
    }
    journaled++;
  }
  return journaled;
}
