import { describe, expect, it } from 'vitest';
import * as vaultFace from '../../../renderer/core/vault';
import { createVault } from '../../../renderer/core/vault/createVault';
import { internalsOf } from '../../../renderer/core/vault/vaultSession';
import { createVaultService } from '../../../renderer/core/vault/vaultService';
import { PASSPHRASE, TEST_KDF, testEnv } from './vaultTestEnv';

// "Nothing outside the vault can obtain a key": everything reachable by name from an unlocked session
// and from the vault's face is walked, and no CryptoKey turns up. The vault's own accessor, which the
// face does not export, is the control: walking what it returns does find the keys.

function keysReachableFrom(start: unknown, depth = 4): number {
  const seen = new Set<unknown>();
  let found = 0;
  const visit = (value: unknown, left: number) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value))
      return;
    seen.add(value);
    if (value instanceof CryptoKey) {
      found++;
      return;
    }
    if (left === 0) return;
    const names = new Set<PropertyKey>(Reflect.ownKeys(value));
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto && proto !== Object.prototype && proto !== Function.prototype)
      for (const n of Reflect.ownKeys(proto)) names.add(n);
    for (const name of names) {
      let next: unknown;
      try {
        next = (value as Record<PropertyKey, unknown>)[name];
      } catch {
        continue;
      }
      visit(next, left - 1);
    }
  };
  visit(start, depth);
  return found;
}

describe('the keys stay inside the vault', () => {
  it('an unlocked session and the vault face expose no key', async () => {
    const { session } = await createVault({
      name: 'Bureau Uvira',
      passphrase: PASSPHRASE,
      kdf: TEST_KDF,
      env: testEnv(),
    });
    expect(session.isLocked).toBe(false);
    expect(keysReachableFrom(session)).toBe(0);
    expect(keysReachableFrom(vaultFace)).toBe(0);
    expect(Object.keys(vaultFace)).not.toContain('internalsOf');
    expect('internals' in session).toBe(false);
    // Control: the walker does find keys where they are.
    expect(keysReachableFrom(internalsOf(session))).toBeGreaterThan(0);
  });

  it('a locked session gives nothing, not even to the vault itself', async () => {
    const { session } = await createVault({
      name: 'Bureau Uvira',
      passphrase: PASSPHRASE,
      kdf: TEST_KDF,
      env: testEnv(),
    });
    session.lock();
    expect(() => internalsOf(session)).toThrow(expect.objectContaining({ code: 'locked' }));
  });

  it('re-keying hands out a recovery key and progress, never a key; the swapped keys stay inside', async () => {
    const env = testEnv();
    const service = createVaultService(env);
    const { session } = await createVault({
      name: 'Bureau Uvira',
      passphrase: PASSPHRASE,
      kdf: TEST_KDF,
      env,
    });
    await session.putRecord({ kind: 'note', payload: 'x' });
    const progress: unknown[] = [];
    const outcome = await service.reencrypt(session, PASSPHRASE, { onProgress: (p) => progress.push(p) });
    const recoveryKey = await service.newRecoveryKey(session, PASSPHRASE);
    expect(outcome.status).toBe('done');
    expect(typeof recoveryKey).toBe('string');
    expect(keysReachableFrom(outcome)).toBe(0);
    expect(keysReachableFrom(progress)).toBe(0);
    expect(keysReachableFrom(service)).toBe(0);
    expect(keysReachableFrom(session)).toBe(0);
    expect(keysReachableFrom(internalsOf(session))).toBeGreaterThan(0);
  });
});
