import type { VaultSession } from '../vault';
import type { CaseBundle } from './caseBundle';
import { commitChange, type CaseChange } from './caseCommit';
import { CaseError } from './caseError';
import { formatCaseNumber } from './caseNumber';
import { KINDS } from './caseSchemas';
import { enqueueCaseWrite, runInCaseQueue } from './caseWriteQueue';
import type { FieldError, Validation } from './fieldError';
import { NOTEBOOK_STATE_ID, NOTEBOOK_STATE_KIND, readNotebookState } from './notebookState';
import { REASON_MAX, UNDO_MS, type Tombstone } from './recordHistorySchemas';
import { RECORD_VERSIONS } from './recordVersions';

// Issue 18, point 1: a whole case can be deleted (a duplicate, a case opened by mistake). For
// UNDO_DAYS its records stay, encrypted, and the case record says `deleted`: it leaves the list,
// shows in « Dossiers supprimés », and can be restored. At the first unlock after that it is purged:
// every record of the case goes, and a case-level tombstone under the case's id is all that stays,
// so a merge of an older backup does not bring the case back (README, "Deleting a whole case").

/** The reason, and the case number typed again as the confirmation (letters' case and spaces ignored). */
export function validateCaseDeletion(
  bundle: Pick<CaseBundle, 'file'>,
  reason: string,
  typedNumber: string,
): Validation<string> {
  const errors: FieldError[] = [];
  const trimmed = reason.trim();
  if (trimmed === '') errors.push({ field: 'reason', code: 'required' });
  else if (trimmed.length > REASON_MAX) errors.push({ field: 'reason', code: 'too-long' });
  const wanted = formatCaseNumber(bundle.file.number).toUpperCase();
  if (typedNumber.replace(/\s/gu, '').toUpperCase() !== wanted)
    errors.push({ field: 'confirmNumber', code: 'number-mismatch' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: trimmed };
}

/** The change that deletes the case (pure). A closed case is reopened first: it is read-only. */
export function caseDeletionChange(
  bundle: CaseBundle,
  reason: string,
  typedNumber: string,
  now: number,
): CaseChange {
  if (bundle.file.deleted !== undefined) throw new CaseError('case-deleted');
  if (bundle.file.status === 'clos') throw new CaseError('case-not-open');
  const checked = validateCaseDeletion(bundle, reason, typedNumber);
  if (!checked.ok) throw new CaseError('record-invalid');
  const heads = bundle.audit.map((entry) => entry.hash.slice(0, 16));
  return {
    action: 'case-deleted',
    file: { ...bundle.file, deleted: { at: now, reason: checked.value, heads } },
  };
}

/** Whether a deleted case can still be restored (within UNDO_DAYS of its deletion). */
export function canRestoreCase(deleted: { at: number }, now: number): boolean {
  return now - deleted.at <= UNDO_MS;
}

/** The change that restores a deleted case as it was, journalled « Dossier restauré ». */
export function caseRestoreChange(bundle: CaseBundle, now: number): CaseChange {
  const { deleted, ...file } = bundle.file;
  if (deleted === undefined) throw new CaseError('item-not-found');
  if (!canRestoreCase(deleted, now)) throw new CaseError('undo-expired');
  return { action: 'case-restored', file };
}

export function deleteCase(
  session: VaultSession,
  caseId: string,
  reason: string,
  typedNumber: string,
  now: () => number = Date.now,
): Promise<void> {
  return enqueueCaseWrite(session, caseId, (fresh) => {
    const at = now();
    return commitChange(session, fresh, caseDeletionChange(fresh, reason, typedNumber, at), at);
  });
}

export function restoreCase(
  session: VaultSession,
  caseId: string,
  now: () => number = Date.now,
): Promise<void> {
  return enqueueCaseWrite(session, caseId, (fresh) => {
    const at = now();
    return commitChange(session, fresh, caseRestoreChange(fresh, at), at);
  });
}

/**
 * At unlock: every case deleted more than UNDO_DAYS ago loses all its records in one transaction
 * per case; a final tombstone (kind `case`, the versions the deletion knew and the one it wrote)
 * takes the case record's place, and the notebook's register forgets the case. Returns the ids purged.
 */
export async function purgeDeletedCases(
  session: VaultSession,
  deleted: readonly { caseId: string; deletedAt: number }[],
  now: number = Date.now(),
): Promise<string[]> {
  const purged: string[] = [];
  for (const { caseId, deletedAt } of deleted) {
    if (canRestoreCase({ at: deletedAt }, now)) continue;
    const done = await enqueueCaseWrite(session, caseId, (fresh) => purgeOne(session, fresh, now));
    if (done) purged.push(caseId);
  }
  return purged;
}

async function purgeOne(session: VaultSession, fresh: CaseBundle, now: number): Promise<boolean> {
  const { deleted } = fresh.file;
  // Restored meanwhile (another window), or not yet due: nothing to do.
  if (deleted === undefined || canRestoreCase(deleted, now)) return false;
  const { records, damaged } = await session.listRecords({ caseId: fresh.caseId });
  const ids = [...records.map((r) => r.id), ...damaged.map((d) => d.id)].filter((id) => id !== fresh.caseId);
  const stone: Tombstone = {
    v: RECORD_VERSIONS['case-tombstone'],
    kind: KINDS.case,
    deletedAt: deleted.at,
    reason: deleted.reason,
    versions: [],
    anyVersion: false,
    // Every entry up to the purge: a copy saved here while deleted is known too.
    heads: fresh.audit.map((entry) => entry.hash.slice(0, 16)),
  };
  // The register is read and written in the notebook-wide queue, like every commit's (caseCommit.ts).
  await runInCaseQueue(session, NOTEBOOK_STATE_KIND, async () => {
    const { state } = await readNotebookState(session);
    const cases = Object.fromEntries(Object.entries(state.cases).filter(([id]) => id !== fresh.caseId));
    await session.putRecords(
      [
        { id: fresh.caseId, kind: KINDS.tombstone, caseId: fresh.caseId, payload: stone },
        {
          id: NOTEBOOK_STATE_ID,
          kind: NOTEBOOK_STATE_KIND,
          caseId: null,
          payload: { v: 1, counter: state.counter + 1, savedAt: now, cases },
        },
      ],
      ids.length > 0 ? { deleteIds: ids } : {},
    );
  });
  return true;
}
