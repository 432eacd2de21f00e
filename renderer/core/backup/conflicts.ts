import {
  type CaseBundle,
  type CaseChange,
  CaseError,
  caseFieldsOf,
  decodeCaseRecord,
  isCaseRecordKind,
  KINDS,
  liveRecords,
  runInCaseQueue,
  saveCaseChange,
} from '../cases';
import { BackupError } from './backupError';
import { isVaultError, type VaultRecord, type VaultSession } from '../vault';
import { guardStorage } from './guardStorage';
import { CONFLICT_KIND, conflictCopySchema, type ConflictCopy } from './conflictCopy';

export type ConflictEntry = VaultRecord<ConflictCopy>;

/** Every conflict copy left by merges, oldest record version first. */
export async function listConflicts(session: VaultSession): Promise<ConflictEntry[]> {
  const list = await guardStorage(() => session.listRecords({ kind: CONFLICT_KIND }, conflictCopySchema));
  return list.records.sort((a, b) => a.payload.updatedAt - b.payload.updatedAt);
}

/** The current version is right: the copy goes. */
export async function keepCurrentVersion(session: VaultSession, copy: ConflictEntry): Promise<void> {
  await guardStorage(() => session.deleteRecords([copy.id]));
}

/**
 * The copy is right: it becomes the record again, and the version it replaces becomes a copy in
 * its turn, so choosing is never a way to lose one side. For a record of a case (issue 18, point
 * 2) this is one commit of that case, through its write queue: the record, the swapped copy, the
 * copy's removal and a journal entry binding what was written, in one transaction, so the case
 * opens intact afterwards. A closed case refuses it ('case-closed': reopen it first).
 */
export async function restoreCopiedVersion(
  session: VaultSession,
  copy: ConflictEntry,
  now: number = Date.now(),
): Promise<void> {
  const caseId = copy.payload.caseId;
  if (caseId === null) return guardStorage(() => restoreOutsideCase(session, copy, now));
  try {
    await saveCaseChange(
      session,
      caseId,
      (fresh) => restoreChange(fresh, copy, now),
      () => now,
    );
  } catch (error) {
    if (error instanceof CaseError && error.code === 'case-closed') throw new BackupError('case-closed');
    // Records grouped under an id that is no notebook case have no journal: swapped as they are.
    if (error instanceof CaseError && error.code === 'case-not-found')
      return guardStorage(() =>
        runInCaseQueue(session, caseId, () => restoreOutsideCase(session, copy, now)),
      );
    // Any other failure says only what storage says ('locked' or 'storage-failed'), never more.
    throw error instanceof BackupError
      ? error
      : new BackupError(isVaultError(error, 'locked') ? 'locked' : 'storage-failed');
  }
}

/** The change that puts the copy's version back in the case (as loaded in its queue) and keeps the current one aside. */
function restoreChange(fresh: CaseBundle, copy: ConflictEntry, now: number): CaseChange {
  const { recordId, kind, payload } = copy.payload;
  const current = currentVersion(fresh, recordId);
  const swapped: ConflictCopy | null = current && {
    v: 1,
    ...current,
    recordId,
    caseId: fresh.caseId,
    side: 'local',
    mergedAt: now,
  };
  const outside = {
    put: swapped ? [{ kind: CONFLICT_KIND, caseId: null, payload: swapped }] : [],
    deleteIds: [copy.id],
  };
  // Written at the version this app writes (the copy may hold an older one: migrated on the way).
  if (!isCaseRecordKind(kind)) throw new BackupError('format-too-new');
  const decoded = decodeCaseRecord(kind, payload);
  if (!decoded.ok) throw new BackupError(decoded.reason === 'newer' ? 'format-too-new' : 'corrupted');
  if (kind === KINDS.case) {
    // Only what a person typed and chose: the journal anchor, seal and words stay this case's own.
    const other = decoded.value as CaseBundle['file'];
    const file = {
      ...fresh.file,
      ...caseFieldsOf(other),
      status: other.status,
      statusHistory: other.statusHistory,
    };
    return { action: 'edited', file, outside };
  }
  const action = kind === KINDS.tombstone ? 'deleted' : 'edited';
  return { action, put: [{ id: recordId, kind, payload: decoded.value }], outside };
}

/** The version of `recordId` in the case now: the case record, a live record, or its tombstone. */
function currentVersion(bundle: CaseBundle, recordId: string) {
  if (recordId === bundle.caseId)
    return { kind: KINDS.case, updatedAt: bundle.updatedAt, payload: bundle.file as unknown };
  const live = liveRecords(bundle).get(recordId);
  if (live) return { kind: live.kind, updatedAt: live.item.updatedAt, payload: live.item.value };
  const stone = bundle.tombstones.find((t) => t.id === recordId);
  return stone
    ? { kind: KINDS.tombstone, updatedAt: stone.updatedAt, payload: stone.value as unknown }
    : null;
}

async function restoreOutsideCase(session: VaultSession, copy: ConflictEntry, now: number): Promise<void> {
  const current = await session.getRecord(copy.payload.recordId).catch((error: unknown) => {
    if (isVaultError(error, 'record-not-found')) return null;
    throw error;
  });
  const swapped: ConflictCopy | null =
    current === null
      ? null
      : {
          v: 1,
          recordId: current.id,
          kind: current.kind,
          caseId: current.caseId,
          updatedAt: current.updatedAt,
          side: 'local',
          mergedAt: now,
          payload: current.payload,
        };
  await session.putRecords(
    [
      {
        id: copy.payload.recordId,
        kind: copy.payload.kind,
        caseId: copy.payload.caseId,
        payload: copy.payload.payload,
      },
      ...(swapped ? [{ kind: CONFLICT_KIND, caseId: null, payload: swapped }] : []),
    ],
    { deleteIds: [copy.id] },
  );
}
