import type { VaultSession } from '../vault';
import { createCaseIndex, storedCaseWords, type CaseIndex } from './caseIndex';
import { KINDS } from './caseSchemas';
import { decodeCaseRecords, summariseCase, type CaseSummary } from './caseSummary';
import { checkNotebookRegister, type NotebookRegisterCheck } from './notebookRegister';
import { readNotebookState } from './notebookState';

/** What the notebook keeps in memory while unlocked: the list and the search index. */
export interface NotebookData {
  cases: Map<string, CaseSummary>;
  damaged: number;
  /** Cases written by a newer version of Dalili: kept, not listed, counted so the screen can say so. */
  newer: number;
  index: CaseIndex;
  /** The notebook's register: last save, counter, and what it says was deleted or rolled back (issue 18). */
  register: NotebookRegisterCheck;
}

/**
 * One pass after unlock: every case record is decrypted once; each carries its own search words
 * (notes included), so notes need not be read. The caller must drop the result at lock
 * (session.onLock); nothing here is written anywhere.
 */
export async function loadNotebook(session: VaultSession): Promise<NotebookData> {
  const cases = decodeCaseRecords(await session.listRecords({ kind: KINDS.case }));
  const register = checkNotebookRegister(
    await readNotebookState(session),
    cases.records,
    cases.damaged + cases.newer,
  );
  const index = createCaseIndex();
  const summaries = new Map<string, CaseSummary>();
  for (const r of cases.records) {
    summaries.set(r.id, summariseCase(r.id, r.payload, r.updatedAt));
    index.replace(r.id, storedCaseWords(r.payload));
  }
  return { cases: summaries, damaged: cases.damaged, newer: cases.newer, index, register };
}
