import { readRawIdsOfKind, type VaultRecord, type VaultSession } from '../vault';
import { createCaseIndex, storedCaseWords, type CaseIndex } from './caseIndex';
import { decodeCaseListRecord, type CaseListFields } from './caseListRecord';
import { KINDS } from './caseSchemas';
import { summariseCase, type CaseSummary } from './caseSummary';
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
  /** Cases deleted whole and still restorable (issue 18, point 1): not in `cases` nor in the index. */
  deleted: Map<string, DeletedCaseSummary>;
}

export interface DeletedCaseSummary extends CaseSummary {
  deletedAt: number;
  reason: string;
}

/**
 * One pass after unlock: every case record is decrypted once; each carries its own search words
 * (notes included), so notes need not be read. The caller must drop the result at lock
 * (session.onLock); nothing here is written anywhere.
 */
export async function loadNotebook(session: VaultSession): Promise<NotebookData> {
  const list = await session.listRecords({ kind: KINDS.case });
  const registerRead = readNotebookState(session);
  const index = createCaseIndex();
  const summaries = new Map<string, CaseSummary>();
  let damaged = list.damaged.length;
  let newer = 0;
  const sealed: VaultRecord<CaseListFields>[] = [];
  const deleted = new Map<string, DeletedCaseSummary>();
  for (const r of list.records) {
    // Only the fields the list and the index use are validated here (caseListRecord.ts).
    const decoded = decodeCaseListRecord(r.payload);
    if (!decoded.ok) {
      if (decoded.reason === 'newer') newer++;
      else damaged++;
      continue;
    }
    sealed.push({ ...r, payload: decoded.value });
    const gone = decoded.value.deleted;
    if (gone !== undefined) {
      const summary = summariseCase(r.id, decoded.value, r.updatedAt);
      deleted.set(r.id, { ...summary, deletedAt: gone.at, reason: gone.reason });
      continue;
    }
    summaries.set(r.id, summariseCase(r.id, decoded.value, r.updatedAt));
    index.replace(r.id, storedCaseWords(decoded.value));
  }
  // A case purged after its deletion leaves a tombstone under its id: gone on purpose, not missing.
  const purged = new Set(await readRawIdsOfKind(session, KINDS.tombstone));
  const register = checkNotebookRegister(await registerRead, sealed, damaged + newer, purged);
  return { cases: summaries, damaged, newer, index, register, deleted };
}
