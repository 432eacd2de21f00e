import type { PutRecordInput, VaultSession } from '../vault';
import { nextAuditEntry, GENESIS } from './auditChain';
import { CaseError } from './caseError';
import type { QueuedCase } from './caseWriteQueue';
import { isCaseRecordKind, RECORD_VERSIONS } from './recordVersions';
import { caseSearchWords, SEARCH_WORDS_VERSION } from './caseIndex';
import {
  KINDS,
  type AuditAction,
  type CaseFile,
  type CaseNumber,
  type Note,
  type Person,
  type Referral,
  type Task,
} from './caseSchemas';
import type { CaseFields } from './validateCase';
import { earliestFollowUp } from './followUp';
import { withHistory } from './caseHistory';

export interface CaseChange {
  /** The case record after the change; omit when only other records change. */
  file?: CaseFile;
  put?: PutRecordInput<unknown>[];
  deleteIds?: string[];
  action: AuditAction;
}

function applied<T>(current: { id: string; value: T }[], kind: string, change: CaseChange): T[] {
  const puts = (change.put ?? []).filter((p) => p.kind === kind);
  // Any put under an existing id replaces it, whatever its kind: a tombstone takes a deleted record's id.
  const replaced = (change.put ?? []).flatMap((p) => (p.id ? [p.id] : []));
  const deleted = new Set([...(change.deleteIds ?? []), ...replaced]);
  return [
    ...current.filter((c) => !deleted.has(c.id)).map((c) => c.value),
    ...puts.map((p) => p.payload as T),
  ];
}

/**
 * Writes always store the version this app writes, and never replace a record a newer Dalili wrote
 * (this one could not read it whole, so rewriting it would lose what it does not know about).
 */
function checkWritable(bundle: QueuedCase, change: CaseChange): void {
  const newer = new Set(bundle.newer.map((r) => r.id));
  for (const put of change.put ?? []) {
    if (put.id !== undefined && newer.has(put.id)) throw new CaseError('record-too-new');
    const version = (put.payload as { v?: unknown } | null)?.v;
    if (!isCaseRecordKind(put.kind) || version !== RECORD_VERSIONS[put.kind])
      throw new CaseError('record-invalid');
  }
  if ((change.deleteIds ?? []).some((id) => newer.has(id))) throw new CaseError('record-too-new');
  if (change.file && change.file.v !== RECORD_VERSIONS.case) throw new CaseError('record-invalid');
  checkOpen(bundle, change);
}

/**
 * A closed case is read-only (issue 18): the only changes it takes are its reopening (a status
 * change, journalled like any) and journal-only entries (exported, printed).
 */
function checkOpen(bundle: QueuedCase, change: CaseChange): void {
  if (bundle.file.status !== 'clos') return;
  const reopening = change.file !== undefined && change.file.status !== 'clos';
  const journalOnly = change.file === undefined && !change.put?.length && !change.deleteIds?.length;
  if (!reopening && !journalOnly) throw new CaseError('case-closed');
}

/**
 * Every change to a case is one vault transaction holding the changed records, a new audit entry
 * and the case record with its new audit anchor and follow-up date: all saved, or nothing.
 */
export async function commitChange(
  session: VaultSession,
  bundle: QueuedCase,
  requested: CaseChange,
  now: number,
): Promise<void> {
  checkWritable(bundle, requested);
  // Issue 18: the previous version of every record replaced is written in the same transaction.
  const change = withHistory(bundle, requested, now);
  const base = change.file ?? bundle.file;
  // The anchor comes from the stored case, even when `change.file` was built from an older copy.
  const entry = await nextAuditEntry(bundle.file.audit, change.action, now);
  const referrals = applied<Referral>(bundle.referrals, KINDS.referral, change);
  const tasks = applied<Task>(bundle.tasks, KINDS.task, change);
  const searchWords = caseSearchWords(
    base,
    applied<Person>(bundle.persons, KINDS.person, change),
    applied<Note>(bundle.notes, KINDS.note, change),
  );
  const file: CaseFile = {
    ...base,
    // A closed case asks for no follow-up, whatever its referrals and tasks still say.
    followUpOn: base.status === 'clos' ? '' : earliestFollowUp(referrals, tasks),
    audit: { count: entry.seq + 1, head: entry.hash },
    searchWords,
    searchWordsVersion: SEARCH_WORDS_VERSION,
  };
  await session.putRecords(
    [
      { id: bundle.caseId, kind: KINDS.case, caseId: bundle.caseId, payload: file },
      ...(change.put ?? []).map((p) => ({ ...p, caseId: bundle.caseId })),
      { kind: KINDS.audit, caseId: bundle.caseId, payload: entry },
    ],
    change.deleteIds ? { deleteIds: change.deleteIds } : {},
  );
}

/** A new case: the case record and its first audit entry ("created") in one transaction. */
export async function createCase(
  session: VaultSession,
  caseId: string,
  number: CaseNumber,
  fields: CaseFields,
  now: number,
): Promise<CaseFile> {
  const entry = await nextAuditEntry({ count: 0, head: GENESIS }, 'created', now);
  const fresh: Omit<CaseFile, 'searchWords' | 'searchWordsVersion'> = {
    v: RECORD_VERSIONS.case,
    number,
    status: 'ouvert',
    statusHistory: [{ status: 'ouvert', on: fields.openedOn, at: now }],
    openedOn: fields.openedOn,
    incidentOn: fields.incidentOn,
    place: fields.place,
    summary: fields.summary,
    infractions: [],
    followUpOn: '',
    audit: { count: 1, head: entry.hash },
    createdAt: now,
  };
  const file: CaseFile = {
    ...fresh,
    searchWords: caseSearchWords(fresh, [], []),
    searchWordsVersion: SEARCH_WORDS_VERSION,
  };
  await session.putRecords([
    { id: caseId, kind: KINDS.case, caseId, payload: file },
    { kind: KINDS.audit, caseId, payload: entry },
  ]);
  return file;
}
