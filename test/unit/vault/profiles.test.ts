import { describe, expect, it } from 'vitest';
import { createVault } from '../../../renderer/core/vault/createVault';
import { listProfiles, removeProfile, renameProfile } from '../../../renderer/core/vault/profileRegistry';
import { unlockVault, unlockWithRecoveryKey } from '../../../renderer/core/vault/unlockVault';
import { codeOf } from './codeOf';
import { dumpIndexedDb, OTHER_PASSPHRASE, PASSPHRASE, TEST_KDF, testEnv } from './vaultTestEnv';

describe('profiles on a shared laptop', () => {
  it('keeps each vault in its own opaque database with its own passphrase', async () => {
    const env = testEnv();
    const a = await createVault({ name: 'Équipe Bukavu', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const b = await createVault({ name: 'Aline', passphrase: OTHER_PASSPHRASE, kdf: TEST_KDF, env });
    await a.session.putRecord({ kind: 'note', payload: 'a' });
    await b.session.putRecord({ kind: 'note', payload: 'b' });
    a.session.lock();
    b.session.lock();

    expect(await listProfiles(env)).toEqual([
      { id: b.profile.id, name: 'Aline' },
      { id: a.profile.id, name: 'Équipe Bukavu' },
    ]);
    const names = Object.keys(await dumpIndexedDb(env.indexedDB));
    expect(names.sort()).toEqual(
      ['dalili-profiles', `dalili-vault-${a.profile.id}`, `dalili-vault-${b.profile.id}`].sort(),
    );
    expect(a.profile.id).toMatch(/^[0-9a-f]{32}$/);

    expect(await codeOf(unlockVault(a.profile.id, OTHER_PASSPHRASE, { env }))).toBe('wrong-passphrase');
    expect(await codeOf(unlockVault(b.profile.id, PASSPHRASE, { env }))).toBe('wrong-passphrase');
    expect(await codeOf(unlockWithRecoveryKey(b.profile.id, a.recoveryKey, { env }))).toBe(
      'wrong-recovery-key',
    );
    const sessionB = await unlockVault(b.profile.id, OTHER_PASSPHRASE, { env });
    expect((await sessionB.listRecords()).records.map((r) => r.payload)).toEqual(['b']);
    sessionB.lock();
  });

  it('stores only the id and the chosen label in the profile list', async () => {
    const env = testEnv();
    const { session } = await createVault({
      name: '  Bureau   2 ',
      passphrase: PASSPHRASE,
      kdf: TEST_KDF,
      env,
    });
    session.lock();
    const dump = await dumpIndexedDb(env.indexedDB);
    const rows = dump['dalili-profiles']!.profiles!.filter((v) => typeof v === 'object');
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] as object).sort()).toEqual(['id', 'name']);
    expect((rows[0] as { name: string }).name).toBe('Bureau 2');
  });

  it('renames and removes a profile with its whole database', async () => {
    const env = testEnv();
    const a = await createVault({ name: 'A', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const b = await createVault({ name: 'B', passphrase: OTHER_PASSPHRASE, kdf: TEST_KDF, env });
    a.session.lock();
    b.session.lock();
    await renameProfile(a.profile.id, 'Z', env);
    expect(await codeOf(renameProfile(a.profile.id, '', env))).toBe('profile-name-invalid');
    await removeProfile(b.profile.id, env);
    expect(await listProfiles(env)).toEqual([{ id: a.profile.id, name: 'Z' }]);
    expect(Object.keys(await dumpIndexedDb(env.indexedDB))).not.toContain(`dalili-vault-${b.profile.id}`);
    expect(await codeOf(unlockVault(b.profile.id, OTHER_PASSPHRASE, { env }))).toBe('profile-not-found');
  });
});
