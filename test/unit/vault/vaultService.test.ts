import { describe, expect, it } from 'vitest';
import { createVaultService } from '../../../renderer/core/vault/vaultService';
import { VaultError } from '../../../renderer/core/vault/vaultError';
import { codeOf } from './codeOf';
import { dumpIndexedDb, OTHER_PASSPHRASE, PASSPHRASE, storedBytes, TEST_KDF, testEnv } from './vaultTestEnv';

describe('vault service: wrong passphrases', () => {
  it('answers wrong passphrases with a growing delay and changes nothing stored', async () => {
    const env = testEnv();
    const service = createVaultService(env);
    const { profile, session } = await service.createVault('Bureau', PASSPHRASE, TEST_KDF);
    await session.putRecord({ kind: 'note', payload: 'x' });
    session.lock();
    const before = storedBytes(await dumpIndexedDb(env.indexedDB));

    const delays: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      expect(await codeOf(service.unlock(profile.id, OTHER_PASSPHRASE))).toBe('wrong-passphrase');
      const wait = service.retryAfterMs(profile.id);
      delays.push(wait);
      // Trying again before the delay is refused without running the KDF.
      const calls = env.kdfCalls;
      const early = await service.unlock(profile.id, PASSPHRASE).catch((e: unknown) => e);
      expect(early).toBeInstanceOf(VaultError);
      expect((early as VaultError).code).toBe('try-later');
      expect((early as VaultError).retryAfterMs).toBe(wait);
      expect(env.kdfCalls).toBe(calls);
      env.clock.now += wait;
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(storedBytes(await dumpIndexedDb(env.indexedDB))).toEqual(before);

    // The right passphrase works once the delay has passed, and resets the counter.
    (await service.unlock(profile.id, PASSPHRASE)).lock();
    expect(service.retryAfterMs(profile.id)).toBe(0);
    expect(await codeOf(service.unlock(profile.id, OTHER_PASSPHRASE))).toBe('wrong-passphrase');
    expect(service.retryAfterMs(profile.id)).toBe(1000);
  });

  it('counts wrong attempts per profile', async () => {
    const env = testEnv();
    const service = createVaultService(env);
    const a = await service.createVault('A', PASSPHRASE, TEST_KDF);
    const b = await service.createVault('B', OTHER_PASSPHRASE, TEST_KDF);
    a.session.lock();
    b.session.lock();
    await codeOf(service.unlock(a.profile.id, OTHER_PASSPHRASE));
    expect(service.retryAfterMs(a.profile.id)).toBe(1000);
    expect(service.retryAfterMs(b.profile.id)).toBe(0);
    (await service.unlock(b.profile.id, OTHER_PASSPHRASE)).lock();
    expect(await service.listProfiles()).toHaveLength(2);
  });
});
