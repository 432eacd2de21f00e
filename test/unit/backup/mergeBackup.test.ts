// Merging a backup of the same vault: newer wins, differing versions are both kept (one as a
// flagged conflict copy), nothing is lost, a second merge of the same file changes nothing.
import { describe, expect, it } from 'vitest';
import { CONFLICT_KIND, conflictCopySchema } from '../../../renderer/core/backup/conflictCopy';
import { exportBackup } from '../../../renderer/core/backup/exportBackup';
import { mergeBackup } from '../../../renderer/core/backup/mergeBackup';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { OTHER_PASSPHRASE, PASSPHRASE, TEST_KDF, dumpIndexedDb, testEnv } from '../vault/vaultTestEnv';
import { backupCode } from './codeOfBackup';
import { sourceOf } from './byteStreams';

async function twoComputers() {
  const office = testEnv();
  const { session, profile } = await createVault({
    name: 'Bureau',
    passphrase: PASSPHRASE,
    kdf: TEST_KDF,
    env: office,
  });
  const caseId = newOpaqueId();
  const [a, b, c] = await session.putRecords([
    { kind: 'person', caseId, payload: { name: 'A1' } },
    { kind: 'person', caseId, payload: { name: 'B1' } },
    { kind: 'note', caseId, payload: 'C1' },
  ]);
  const field = testEnv();
  field.clock.now = office.clock.now;
  await restoreBackup(sourceOf((await exportBackup(session)).bytes), 'Terrain', field);
  const fieldSession = await unlockVault(profile.id, PASSPHRASE, { env: field });
  return { office, session, field, fieldSession, caseId, ids: { a: a!.id, b: b!.id, c: c!.id } };
}

describe('merging a backup of the same vault', () => {
  it('adds, updates, keeps conflicting edits and is idempotent', async () => {
    const t = await twoComputers();
    // Office edits A at t+1000; the field edits A later (t+2000) and B, and adds D.
    t.office.clock.now += 1000;
    await t.session.putRecord({
      id: t.ids.a,
      kind: 'person',
      caseId: t.caseId,
      payload: { name: 'A-office' },
    });
    t.field.clock.now += 2000;
    await t.fieldSession.putRecord({
      id: t.ids.a,
      kind: 'person',
      caseId: t.caseId,
      payload: { name: 'A-field' },
    });
    await t.fieldSession.putRecord({
      id: t.ids.b,
      kind: 'person',
      caseId: t.caseId,
      payload: { name: 'B-field' },
    });
    const d = await t.fieldSession.putRecord({ kind: 'note', caseId: t.caseId, payload: 'D-field' });
    const fromField = (await exportBackup(t.fieldSession)).bytes;

    const summary = await mergeBackup(t.session, sourceOf(fromField), 5);
    expect(summary).toEqual({ added: 1, updated: 2, unchanged: 1, conflicts: 2, repaired: 0 });
    const payloadOf = async (id: string) => (await t.session.getRecord(id)).payload;
    expect(await payloadOf(t.ids.a)).toEqual({ name: 'A-field' });
    expect(await payloadOf(t.ids.b)).toEqual({ name: 'B-field' });
    expect(await payloadOf(d.id)).toBe('D-field');
    const copies = (await t.session.listRecords({ kind: CONFLICT_KIND }, conflictCopySchema)).records.map(
      (r) => r.payload,
    );
    expect(copies.map((c) => [c.recordId, c.side, c.payload]).sort()).toEqual(
      [
        [t.ids.a, 'local', { name: 'A-office' }],
        [t.ids.b, 'local', { name: 'B1' }],
      ].sort(),
    );
    expect(copies.every((c) => c.caseId === t.caseId && c.mergedAt === 5)).toBe(true);
    // Outside the case, so the notebook's case view does not see an unknown kind.
    expect(
      (await t.session.listRecords({ caseId: t.caseId })).records.some((r) => r.kind === CONFLICT_KIND),
    ).toBe(false);

    const before = await dumpIndexedDb(t.office.indexedDB);
    expect(await mergeBackup(t.session, sourceOf(fromField), 6)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 4,
      conflicts: 0,
      repaired: 0,
    });
    // Unchanged: the 4 rows are identical to what is stored now, so nothing needed writing.
    expect(await dumpIndexedDb(t.office.indexedDB)).toEqual(before);
  });

  it('keeps this computer’s newer version and stores the file’s older one as a copy', async () => {
    const t = await twoComputers();
    t.field.clock.now += 1000;
    await t.fieldSession.putRecord({ id: t.ids.c, kind: 'note', caseId: t.caseId, payload: 'C-field' });
    t.office.clock.now += 2000;
    await t.session.putRecord({ id: t.ids.c, kind: 'note', caseId: t.caseId, payload: 'C-office' });
    const summary = await mergeBackup(t.session, sourceOf((await exportBackup(t.fieldSession)).bytes));
    expect(summary.conflicts).toBe(1);
    expect((await t.session.getRecord(t.ids.c)).payload).toBe('C-office');
    const [copy] = (await t.session.listRecords({ kind: CONFLICT_KIND }, conflictCopySchema)).records;
    expect(copy?.payload).toMatchObject({ recordId: t.ids.c, side: 'backup', payload: 'C-field' });
  });

  it('re-saving the same content is not a conflict', async () => {
    const t = await twoComputers();
    t.field.clock.now += 1000;
    await t.fieldSession.putRecord({ id: t.ids.c, kind: 'note', caseId: t.caseId, payload: 'C1' });
    expect(
      (await mergeBackup(t.session, sourceOf((await exportBackup(t.fieldSession)).bytes))).conflicts,
    ).toBe(0);
  });

  it('refuses a backup of another vault and changes nothing', async () => {
    const t = await twoComputers();
    const other = await createVault({
      name: 'Autre',
      passphrase: OTHER_PASSPHRASE,
      kdf: TEST_KDF,
      env: testEnv(),
    });
    await other.session.putRecord({ kind: 'note', payload: 'ailleurs' });
    const before = await dumpIndexedDb(t.office.indexedDB);
    expect(
      await backupCode(mergeBackup(t.session, sourceOf((await exportBackup(other.session)).bytes))),
    ).toBe('other-vault');
    expect(await dumpIndexedDb(t.office.indexedDB)).toEqual(before);
  });
});
