// Resolving conflict copies: keeping the current version drops the copy; using the copy swaps the
// two, so neither side is ever lost. And the case list for transfers, from stored rows only.
import { describe, expect, it } from 'vitest';
import { listCaseGroups } from '../../../renderer/core/backup/caseGroups';
import { CONFLICT_KIND } from '../../../renderer/core/backup/conflictCopy';
import {
  keepCurrentVersion,
  listConflicts,
  restoreCopiedVersion,
} from '../../../renderer/core/backup/conflicts';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';

async function withConflict() {
  const env = testEnv();
  const { session } = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  const caseId = newOpaqueId();
  const rec = await session.putRecord({ kind: 'note', caseId, payload: 'actuelle' });
  await session.putRecord({
    kind: CONFLICT_KIND,
    caseId: null,
    payload: {
      v: 1,
      recordId: rec.id,
      kind: 'note',
      caseId,
      updatedAt: 5,
      side: 'backup',
      mergedAt: 9,
      payload: 'ancienne',
    },
  });
  return { session, caseId, rec };
}

describe('conflict copies', () => {
  it('keeping the current version removes the copy', async () => {
    const t = await withConflict();
    const [copy] = await listConflicts(t.session);
    await keepCurrentVersion(t.session, copy!);
    expect(await listConflicts(t.session)).toEqual([]);
    expect((await t.session.getRecord(t.rec.id)).payload).toBe('actuelle');
  });

  it('using the copy swaps it with the current version', async () => {
    const t = await withConflict();
    const [copy] = await listConflicts(t.session);
    await restoreCopiedVersion(t.session, copy!, 42);
    expect((await t.session.getRecord(t.rec.id)).payload).toBe('ancienne');
    const [swapped] = await listConflicts(t.session);
    expect(swapped?.payload).toMatchObject({
      recordId: t.rec.id,
      side: 'local',
      payload: 'actuelle',
      mergedAt: 42,
    });
  });

  it('lists cases by short id and record count without decrypting', async () => {
    const t = await withConflict();
    await t.session.putRecord({ kind: 'note', caseId: null, payload: 'hors dossier' });
    expect(await listCaseGroups(t.session)).toEqual([
      { caseId: t.caseId, shortId: t.caseId.slice(0, 8), recordCount: 1, label: null },
    ]);
  });
});
