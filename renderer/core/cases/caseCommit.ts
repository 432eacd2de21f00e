import { newOpaqueId, type PutRecordInput, type VaultSession } from '../vault';
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
  type CourtFileIncluded,
  type Note,
  type Person,
  type Referral,
  type Task,
} from './caseSchemas';
import type { CaseFields } from './validateCase';
import { earliestFollowUp } from './followUp';
import { applyBinds, asBindings, expectedLiveSet, sealLiveSet, type LiveSet } from './caseSeal';
import {
  NOTEBOOK_STATE_ID,
  NOTEBOOK_STATE_KIND,
  readNotebookState,
  type NotebookState,
} from './notebookState';
import { recordDigest } from './recordDigest';
import { runInCaseQueue } from './caseWriteQueue';
import type { AuditBinds, AuditEntry } from './caseSchemas';
import { withHistory } from './caseHistory';
import { listSnapshotStep } from './listSnapshotStore';

export interface CaseChange {
  /** The case record after the change; omit when only other records change. */
  file?: CaseFile;
  put?: PutRecordInput<unknown>[];
  deleteIds?: string[];
  action: AuditAction;
  /**
   * The live set as found becomes the one the journal expects (issue 18, point 3): only for cases
   * that arrived whole from elsewhere (a transfer), whose seal was made under another notebook's key.
   */
  rebind?: boolean;
  /**
   * Records outside any case written and deleted in the same transaction (conflict copies of a
   * transfer merge or of "use this version", issue 18 point 2). Not case records: not bound.
   */
  outside?: { put?: PutRecordInput<unknown>[]; deleteIds?: string[] };
  /** Issue 21: on a `court-file` entry, what the document held (never its content). */
  included?: CourtFileIncluded;
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
  // A deleted case (issue 18) takes only its restoring and journal-only entries (a merge's).
  if (bundle.file.deleted !== undefined) {
    const restoring = change.file !== undefined && change.file.deleted === undefined;
    const journalOnly = change.file === undefined && !change.put?.length && !change.deleteIds?.length;
    if (!restoring && !journalOnly) throw new CaseError('case-deleted');
    return;
  }
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
  // Ids are chosen here, not by the vault, so that the journal entry can bind them.
  const put = (change.put ?? []).map((p) => ({ ...p, id: p.id ?? newOpaqueId() }));
  const binds = await bindsOf(bundle, put, change);
  // The anchor comes from the stored case, even when `change.file` was built from an older copy.
  const entry = await nextAuditEntry(bundle.file.audit, change.action, now, binds, change.included);
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
  await writeSealed(
    session,
    bundle.caseId,
    file,
    put,
    entry,
    expectedAfter(bundle, binds),
    now,
    [...(change.deleteIds ?? []), ...(change.outside?.deleteIds ?? [])],
    change.outside?.put,
  );
}

/**
 * The records this commit writes and deletes, with their digests; on the first bound entry of a
 * case (saved before bindings, or arriving by transfer) also the live set as found, its baseline.
 */
async function bindsOf(
  bundle: QueuedCase,
  put: readonly { id: string; kind: string; payload: unknown }[],
  change: CaseChange,
): Promise<AuditBinds> {
  const wrote = await Promise.all(
    put.map(async (p): Promise<[string, string, string]> => [p.id, p.kind, await recordDigest(p.payload)]),
  );
  const rebase = change.rebind === true || expectedLiveSet(bundle.audit) === null;
  const found = new Map(
    [...bundle.live].filter(([id, r]) => r.digest !== '' || !bundle.damaged.some((d) => d.id === id)),
  );
  return { ...(rebase ? { base: asBindings(found) } : {}), wrote, deleted: [...(change.deleteIds ?? [])] };
}

/** What the journal will say the live set is once this entry is written. Damage found stays expected. */
function expectedAfter(bundle: QueuedCase, binds: AuditBinds): LiveSet {
  const expected = expectedLiveSet(bundle.audit);
  return applyBinds(expected?.set ?? new Map(), binds);
}

// Commits to different cases run in parallel queues; the notebook's register is read, bumped and
// written by one of them at a time, or two would both write counter n + 1 and one case would drop
// out of it. Its key is not an opaque id, so it never meets a case's queue.
export function runInNotebookQueue<T>(session: VaultSession, task: () => Promise<T>): Promise<T> {
  return runInCaseQueue(session, NOTEBOOK_STATE_KIND, task);
}

/**
 * One transaction: the case record sealed over its live set with the next notebook counter, the
 * records, the journal entry and the notebook's register (issue 18, point 3).
 */
function writeSealed(
  session: VaultSession,
  caseId: string,
  file: CaseFile,
  put: readonly PutRecordInput<unknown>[],
  entry: AuditEntry,
  live: LiveSet,
  now: number,
  deleteIds?: readonly string[],
  outside: readonly PutRecordInput<unknown>[] = [],
): Promise<void> {
  return runInNotebookQueue(session, async () => {
    const { state } = await readNotebookState(session);
    // Never below a counter already used, even when the register was lost.
    const counter = Math.max(state.counter, file.seal?.counter ?? 0) + 1;
    const seal = await sealLiveSet(session, caseId, counter, file.audit, live);
    const register: NotebookState = {
      v: 1,
      counter,
      savedAt: now,
      cases: { ...state.cases, [caseId]: [counter, now, file.audit.count] },
    };
    const sealed: CaseFile = { ...file, seal };
    // Issue 18, point 9: the case's line in the list snapshot, in the same transaction.
    const derived = await listSnapshotStep(session, caseId, sealed);
    await session.putRecords(
      [
        { id: caseId, kind: KINDS.case, caseId, payload: sealed },
        ...put.map((p) => ({ ...p, caseId })),
        { kind: KINDS.audit, caseId, payload: entry },
        { id: NOTEBOOK_STATE_ID, kind: NOTEBOOK_STATE_KIND, caseId: null, payload: register },
        ...outside.map((p) => ({ ...p, caseId: null })),
      ],
      deleteIds && deleteIds.length > 0 ? { deleteIds, derived } : { derived },
    );
  });
}

/** A new case: the case record and its first audit entry ("created") in one transaction. */
export async function createCase(
  session: VaultSession,
  caseId: string,
  number: CaseNumber,
  fields: CaseFields,
  now: number,
): Promise<CaseFile> {
  const entry = await nextAuditEntry({ count: 0, head: GENESIS }, 'created', now, {
    base: [],
    wrote: [],
    deleted: [],
  });
  const fresh: Omit<CaseFile, 'searchWords' | 'searchWordsVersion'> = {
    v: RECORD_VERSIONS.case,
    number,
    status: 'ouvert',
    statusHistory: [{ status: 'ouvert', on: fields.openedOn, at: now }],
    openedOn: fields.openedOn,
    incidentOn: fields.incidentOn,
    place: fields.place,
    summary: fields.summary,
    ...(fields.siteType === undefined ? {} : { siteType: fields.siteType }),
    ...(fields.exploitation === undefined ? {} : { exploitation: fields.exploitation }),
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
  await writeSealed(session, caseId, file, [], entry, new Map(), now);
  return file;
}
