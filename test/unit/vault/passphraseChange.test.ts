import { describe, expect, it } from 'vitest';
import { toHex } from '../../../renderer/core/text';
import { changePassphrase } from '../../../renderer/core/vault/changePassphrase';
import { createVault } from '../../../renderer/core/vault/createVault';
import { unlockVault, unlockWithRecoveryKey } from '../../../renderer/core/vault/unlockVault';
import { openVaultDb } from '../../../renderer/core/vault/vaultDb';
import { codeOf } from './codeOf';
import {
  OTHER_PASSPHRASE,
  PASSPHRASE,
  TEST_KDF,
  THIRD_PASSPHRASE,
  testEnv,
  type TestEnv,
} from './vaultTestEnv';

async function recordBytes(env: TestEnv, profileId: string): Promise<string[]> {
  const db = openVaultDb(profileId, env);
  const rows = await db.records.orderBy('id').toArray();
  db.close();
  return rows.map((r) => `${r.id}:${toHex(r.iv)}:${toHex(r.ciphertext)}`);
}

async function headerOf(env: TestEnv, profileId: string) {
  const db = openVaultDb(profileId, env);
  const row = await db.meta.get('header');
  db.close();
  return row!.header;
}

async function vaultWithRecords(env: TestEnv) {
  const created = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  for (let i = 0; i < 5; i++)
    await created.session.putRecord({ kind: 'note', payload: { i, text: `note ${i}` } });
  return created;
}

describe('changing the passphrase', () => {
  it('re-wraps the data key only: every record ciphertext stays byte for byte the same', async () => {
    const env = testEnv();
    const { profile, session } = await vaultWithRecords(env);
    const before = await recordBytes(env, profile.id);
    const headerBefore = await headerOf(env, profile.id);

    await changePassphrase(session, PASSPHRASE, OTHER_PASSPHRASE, { env });

    expect(await recordBytes(env, profile.id)).toEqual(before);
    const headerAfter = await headerOf(env, profile.id);
    expect(toHex(headerAfter.kdf.salt)).not.toBe(toHex(headerBefore.kdf.salt));
    expect(toHex(headerAfter.passphraseSlot.wrapped)).not.toBe(toHex(headerBefore.passphraseSlot.wrapped));
    expect(toHex(headerAfter.recoverySlot.wrapped)).toBe(toHex(headerBefore.recoverySlot.wrapped));
    expect(headerAfter.kdf.memoryKiB).toBe(headerBefore.kdf.memoryKiB);

    // The open session keeps working; the old passphrase no longer opens the vault.
    expect((await session.listRecords()).records).toHaveLength(5);
    session.lock();
    expect(await codeOf(unlockVault(profile.id, PASSPHRASE, { env }))).toBe('wrong-passphrase');
    const reopened = await unlockVault(profile.id, OTHER_PASSPHRASE, { env });
    expect((await reopened.listRecords()).records).toHaveLength(5);
  });

  it('needs the current passphrase and a strong new one, and changes nothing otherwise', async () => {
    const env = testEnv();
    const { profile, session } = await vaultWithRecords(env);
    const headerBefore = toHex((await headerOf(env, profile.id)).checksum);
    expect(await codeOf(changePassphrase(session, OTHER_PASSPHRASE, THIRD_PASSPHRASE, { env }))).toBe(
      'wrong-passphrase',
    );
    expect(await codeOf(changePassphrase(session, PASSPHRASE, 'soleil2024', { env }))).toBe(
      'weak-passphrase',
    );
    expect(toHex((await headerOf(env, profile.id)).checksum)).toBe(headerBefore);
    session.lock();
    expect(await codeOf(changePassphrase(session, PASSPHRASE, THIRD_PASSPHRASE, { env }))).toBe('locked');
  });
});

describe('recovery key', () => {
  it('unlocks, then sets a new passphrase without touching records', async () => {
    const env = testEnv();
    const { profile, session, recoveryKey } = await vaultWithRecords(env);
    session.lock();
    const before = await recordBytes(env, profile.id);

    const recovered = await unlockWithRecoveryKey(profile.id, recoveryKey.toLowerCase().replace(/-/g, ' '), {
      env,
    });
    expect((await recovered.session.listRecords()).records).toHaveLength(5);
    expect(await codeOf(recovered.setNewPassphrase('azertyuiop'))).toBe('weak-passphrase');
    await recovered.setNewPassphrase(THIRD_PASSPHRASE);
    expect(await codeOf(recovered.setNewPassphrase(OTHER_PASSPHRASE))).toBe('locked');
    recovered.session.lock();

    expect(await recordBytes(env, profile.id)).toEqual(before);
    expect(await codeOf(unlockVault(profile.id, PASSPHRASE, { env }))).toBe('wrong-passphrase');
    (await unlockVault(profile.id, THIRD_PASSPHRASE, { env })).lock();
    // The recovery key keeps working after the change.
    (await unlockWithRecoveryKey(profile.id, recoveryKey, { env })).session.lock();
  });

  it('distinguishes a mistyped key, a malformed key and the key of another vault', async () => {
    const env = testEnv();
    const a = await createVault({ name: 'A', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const b = await createVault({ name: 'B', passphrase: OTHER_PASSPHRASE, kdf: TEST_KDF, env });
    a.session.lock();
    b.session.lock();
    const last = a.recoveryKey.at(-1) === '0' ? '1' : '0';
    expect(
      await codeOf(unlockWithRecoveryKey(a.profile.id, a.recoveryKey.slice(0, -1) + last, { env })),
    ).toBe('recovery-key-mistyped');
    expect(await codeOf(unlockWithRecoveryKey(a.profile.id, 'ABCD-EFGH', { env }))).toBe(
      'recovery-key-malformed',
    );
    expect(await codeOf(unlockWithRecoveryKey(a.profile.id, b.recoveryKey, { env }))).toBe(
      'wrong-recovery-key',
    );
  });

  it('forgets the pending data key if the session locks before a new passphrase is set', async () => {
    const env = testEnv();
    const { profile, session, recoveryKey } = await vaultWithRecords(env);
    session.lock();
    const recovered = await unlockWithRecoveryKey(profile.id, recoveryKey, { env });
    recovered.session.lock('idle');
    expect(await codeOf(recovered.setNewPassphrase(THIRD_PASSPHRASE))).toBe('locked');
    (await unlockVault(profile.id, PASSPHRASE, { env })).lock();
  });
});
