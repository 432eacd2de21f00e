import type { VaultSession } from '../vault';
import type { CaseBundle } from './caseBundle';
import { commitChange, type CaseChange } from './caseCommit';
import { CaseError } from './caseError';
import { liveRecords } from './caseHistory';
import { KINDS } from './caseSchemas';
import { enqueueCaseWrite } from './caseWriteQueue';
import { decodeCaseRecord } from './decodeCaseRecord';
import type { Validation } from './fieldError';
import { MAX_REVISIONS, REASON_MAX, UNDO_MS, type Tombstone } from './recordHistorySchemas';
import { recordVersionId } from './recordVersionId';
import { RECORD_VERSIONS } from './recordVersions';

// Issue 18, point 1: a deletion asks for a reason, leaves a tombstone under the record's id, and
// can be undone while the case is open and for UNDO_DAYS (README, "Edit, delete, history").

/** The reason typed in the confirmation: required, at most REASON_MAX characters. */
export function validateDeletionReason(reason: string): Validation<string> {
  const trimmed = reason.trim();
  if (trimmed === '') return { ok: false, errors: [{ field: 'reason', code: 'required' }] };
  if (trimmed.length > REASON_MAX) return { ok: false, errors: [{ field: 'reason', code: 'too-long' }] };
  return { ok: true, value: trimmed };
}

/** The change that deletes one record of the case (pure: the queue runs it on the fresh case). */
export function deletionChange(
  bundle: CaseBundle,
  recordId: string,
  reason: string,
  now: number,
): CaseChange {
  const checked = validateDeletionReason(reason);
  if (!checked.ok) throw new CaseError('record-invalid');
  const live = liveRecords(bundle).get(recordId);
  if (!live) throw new CaseError('item-not-found');
  // A screening or referral names its person: deleting the person first would leave them pointing nowhere.
  if (
    live.kind === KINDS.person &&
    [...bundle.screenings, ...bundle.referrals].some((x) => x.value.personId === recordId)
  )
    throw new CaseError('person-in-use');
  const versions = [
    recordVersionId(live.kind, live.item.updatedAt, live.item.value),
    ...bundle.revisions.filter((r) => r.value.recordId === recordId).map((r) => r.value.version),
  ].slice(0, MAX_REVISIONS + 1);
  const tombstone: Tombstone = {
    v: RECORD_VERSIONS['case-tombstone'],
    kind: live.kind,
    deletedAt: now,
    reason: checked.value,
    versions,
    anyVersion: false,
    last: live.item.value,
    lastSavedAt: live.item.updatedAt,
  };
  return { action: 'deleted', put: [{ id: recordId, kind: KINDS.tombstone, payload: tombstone }] };
}

/** Whether a deletion can still be undone: its last version kept, the case open, within UNDO_DAYS. */
export function canUndoDeletion(bundle: CaseBundle, tombstone: Tombstone, now: number): boolean {
  return (
    bundle.file.status !== 'clos' && tombstone.last !== undefined && now - tombstone.deletedAt <= UNDO_MS
  );
}

/** The change that puts a deleted record back, as it was when deleted. */
export function undoDeletionChange(bundle: CaseBundle, recordId: string, now: number): CaseChange {
  const stone = bundle.tombstones.find((t) => t.id === recordId);
  if (!stone) throw new CaseError('item-not-found');
  if (!canUndoDeletion(bundle, stone.value, now) || stone.value.kind === KINDS.attachmentData)
    throw new CaseError('undo-expired');
  const decoded = decodeCaseRecord(stone.value.kind, stone.value.last);
  if (!decoded.ok) throw new CaseError('record-invalid');
  return { action: 'restored', put: [{ id: recordId, kind: stone.value.kind, payload: decoded.value }] };
}

export function deleteCaseItem(
  session: VaultSession,
  caseId: string,
  recordId: string,
  reason: string,
  now: () => number = Date.now,
): Promise<void> {
  return enqueueCaseWrite(session, caseId, (fresh) => {
    const at = now();
    return commitChange(session, fresh, deletionChange(fresh, recordId, reason, at), at);
  });
}

export function undoDeletion(
  session: VaultSession,
  caseId: string,
  recordId: string,
  now: () => number = Date.now,
): Promise<void> {
  return enqueueCaseWrite(session, caseId, (fresh) => {
    const at = now();
    return commitChange(session, fresh, undoDeletionChange(fresh, recordId, at), at);
  });
}
