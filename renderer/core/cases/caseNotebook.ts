import type { VaultSession } from '../vault/vaultSession';
import { createCaseIndex, caseSearchText, type CaseIndex } from './caseIndex';
import { caseFileSchema, KINDS, noteSchema, personSchema, type Note, type Person } from './caseSchemas';
import { summariseCase, type CaseSummary } from './caseSummary';

/** What the notebook keeps in memory while unlocked: the list and the search index. */
export interface NotebookData {
  cases: Map<string, CaseSummary>;
  damaged: number;
  index: CaseIndex;
}

/**
 * One pass after unlock: cases, people and notes are decrypted once and indexed. The caller must
 * drop the result at lock (session.onLock); nothing here is written anywhere.
 */
export async function loadNotebook(session: VaultSession): Promise<NotebookData> {
  const [cases, persons, notes] = await Promise.all([
    session.listRecords({ kind: KINDS.case }, caseFileSchema),
    session.listRecords({ kind: KINDS.person }, personSchema),
    session.listRecords({ kind: KINDS.note }, noteSchema),
  ]);
  const personsByCase = new Map<string, Person[]>();
  const notesByCase = new Map<string, Note[]>();
  const push = <T>(map: Map<string, T[]>, key: string | null, value: T) => {
    if (key === null) return;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const r of persons.records) push(personsByCase, r.caseId, r.payload);
  for (const r of notes.records) push(notesByCase, r.caseId, r.payload);
  const index = createCaseIndex();
  const summaries = new Map<string, CaseSummary>();
  for (const r of cases.records) {
    summaries.set(r.id, summariseCase(r.id, r.payload, r.updatedAt));
    index.replace(r.id, caseSearchText(r.payload, personsByCase.get(r.id) ?? [], notesByCase.get(r.id) ?? []));
  }
  return { cases: summaries, damaged: cases.damaged.length, index };
}
