import { bytesEqual } from '../crypto';
import { isOpaqueId } from './opaqueId';
import type { StagedRow } from './vaultDb';
import { VaultError } from './vaultError';
import { internalsOf, type VaultSession } from './vaultSession';

export type { StagedRow };

// A merge of a large backup cannot hold every row it will write, and cannot write them in one
// transaction while it still reads and decrypts the file (an await on WebCrypto inside a Dexie
// transaction commits it early). So it parks the rows to write in the vault's own 'staging' store,
// batch by batch, then moves them into 'records' in ONE transaction: the notebook sees all or
// nothing. Staged rows are ciphertexts sealed like any record; staging is never read as records,
// and whatever a crash left there is thrown away at the start of the next merge.

/** Staged rows moved per step of the final transaction: memory stays bounded by one step. */
const COMMIT_STEP = 64;

export async function clearStaging(session: VaultSession): Promise<void> {
  const inner = internalsOf(session);
  const { db } = inner;
  // Rows staged from now on are sealed under these keys; a re-encryption that swaps them meanwhile
  // makes commitStaging answer 'changed' (reencryptVault.ts).
  inner.stagingEpoch = inner.epoch;
  await guard(session, () => db.transaction('rw', db.staging, () => db.staging.clear()));
}

export async function stageRows(session: VaultSession, rows: readonly StagedRow[]): Promise<void> {
  const { db } = internalsOf(session);
  if (!rows.every((r) => isOpaqueId(r.row.id))) throw new VaultError('record-invalid');
  await guard(session, () => db.transaction('rw', db.staging, () => db.staging.bulkAdd([...rows])));
}

/**
 * Moves every staged row into 'records' and empties staging, in one transaction. Before replacing
 * a record it checks that the record is still what the merge saw (absent, or the same updatedAt
 * and IV): if the notebook was edited meanwhile, nothing is written and 'changed' is returned.
 */
export async function commitStaging(session: VaultSession): Promise<'committed' | 'changed'> {
  const { db, gate } = internalsOf(session);
  try {
    await guard(session, () =>
      gate.run(() => {
        const inner = internalsOf(session);
        if (inner.stagingEpoch !== inner.epoch) throw new ChangedMeanwhile();
        return db.transaction('rw', db.records, db.staging, async () => {
          let after = -1;
          for (;;) {
            const step = await db.staging.where(':id').above(after).limit(COMMIT_STEP).toArray();
            if (step.length === 0) break;
            after = step[step.length - 1]!.seq;
            const current = await db.records.bulkGet(step.map((s) => s.row.id));
            step.forEach((staged, i) => {
              if (!stillAsSeen(staged.expect, current[i])) throw new ChangedMeanwhile();
            });
            await db.records.bulkPut(step.map((s) => s.row));
          }
          await db.staging.clear();
        });
      }),
    );
    return 'committed';
  } catch (error) {
    if (error instanceof ChangedMeanwhile) {
      await clearStaging(session);
      return 'changed';
    }
    throw error;
  }
}

function stillAsSeen(
  expect: StagedRow['expect'],
  current: { updatedAt: number; iv: Uint8Array } | undefined,
): boolean {
  if (expect === null) return current === undefined;
  if (expect === 'absent') return current === undefined;
  return current !== undefined && current.updatedAt === expect.updatedAt && bytesEqual(current.iv, expect.iv);
}

/** Thrown inside the transaction to abort it. */
class ChangedMeanwhile extends Error {}

async function guard<R>(session: VaultSession, work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VaultError || error instanceof ChangedMeanwhile) throw error;
    throw new VaultError(session.isLocked ? 'locked' : 'storage-failed');
  }
}
