import { internalsOf } from '../../../renderer/core/vault/vaultSession';
// Export the whole vault still encrypted, restore it as a new notebook on another computer, unlock
// it with the same passphrase or recovery key, and find the same records.
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../renderer/core/backup/backupFile';
import { exportBackup } from '../../../renderer/core/backup/exportBackup';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { listProfiles } from '../../../renderer/core/vault/profileRegistry';
import { unlockVault, unlockWithRecoveryKey } from '../../../renderer/core/vault/unlockVault';
import { PASSPHRASE, TEST_KDF, containsBytes, testEnv } from '../vault/vaultTestEnv';
import { backupCode } from './codeOfBackup';
import { sourceOf } from './byteStreams';

async function filledVault() {
  const env = testEnv();
  const created = await createVault({ name: 'Bureau Goma', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  const caseId = newOpaqueId();
  await created.session.putRecords([
    { kind: 'case', caseId, payload: { title: 'Dossier Amani Kabila' } },
    { kind: 'person', caseId, payload: { name: 'Amani Kabila', age: 14 } },
    { kind: 'note', caseId: null, payload: 'note libre' },
  ]);
  return { env, ...created, caseId };
}

const sortById = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('encrypted backup', () => {
  it('restores into a new profile on another computer and opens with the passphrase', async () => {
    const source = await filledVault();
    const backup = await exportBackup(source.session, 1_760_000_000_000);
    expect(backup.recordCount).toBe(3);
    expect(backup.suggestedName).toBe('dalili-2025-10-09.dalili-backup');
    // Still encrypted: no plaintext of any record or of the profile name in the file.
    for (const text of ['Amani', 'Kabila', 'note libre', 'Bureau Goma'])
      expect(containsBytes(backup.bytes, new TextEncoder().encode(text))).toBe(false);

    const other = testEnv();
    const profile = await restoreBackup(sourceOf(backup.bytes), 'Copie Goma', other);
    expect(profile.id).toBe(source.profile.id);
    expect(await listProfiles(other)).toEqual([profile]);
    const session = await unlockVault(profile.id, PASSPHRASE, { env: other });
    const restored = await session.listRecords();
    const original = await source.session.listRecords();
    expect(sortById(restored.records)).toEqual(sortById(original.records));
    expect(restored.damaged).toEqual([]);
  });

  it('opens a restored vault with the recovery key too', async () => {
    const source = await filledVault();
    const other = testEnv();
    const profile = await restoreBackup(sourceOf((await exportBackup(source.session)).bytes), 'Copie', other);
    const recovery = await unlockWithRecoveryKey(profile.id, source.recoveryKey, { env: other });
    expect((await recovery.session.listRecords()).records).toHaveLength(3);
  });

  it('refuses to restore a vault that already has a profile here, and a bad label', async () => {
    const source = await filledVault();
    const bytes = (await exportBackup(source.session)).bytes;
    expect(await backupCode(restoreBackup(sourceOf(bytes), 'Encore', source.env))).toBe('vault-exists');
    expect(await backupCode(restoreBackup(sourceOf(bytes), '   ', testEnv()))).toBe('profile-name-invalid');
  });

  it('keeps the header and every row byte for byte', async () => {
    const source = await filledVault();
    const decoded = await decodeBackup((await exportBackup(source.session)).bytes);
    expect(decoded.header.vaultId).toBe(source.profile.id);
    const { db } = internalsOf(source.session);
    expect(sortById(decoded.rows)).toEqual(sortById(await db.records.toArray()));
    expect(decoded.header).toEqual((await db.meta.get('header'))?.header);
  });

  it('needs an open session', async () => {
    const source = await filledVault();
    source.session.lock();
    expect(await backupCode(exportBackup(source.session))).toBe('locked');
  });
});
