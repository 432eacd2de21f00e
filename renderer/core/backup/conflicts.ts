import { runInCaseQueue } from '../cases';
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
 * its turn (one transaction), so choosing is never a way to lose one side.
 */
export async function restoreCopiedVersion(
  session: VaultSession,
  copy: ConflictEntry,
  now: number = Date.now(),
): Promise<void> {
  // A record of a case is replaced in that case's write queue, never in the middle of another change to it.
  const caseId = copy.payload.caseId;
  await (caseId === null
    ? restore(session, copy, now)
    : runInCaseQueue(session, caseId, () => restore(session, copy, now)));
}

async function restore(session: VaultSession, copy: ConflictEntry, now: number): Promise<void> {
  await guardStorage(async () => {
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
  });
}
