import { describe, expect, it } from 'vitest';
import { DecryptFailure } from '../../../renderer/core/crypto/aesGcm';
import { randomBytes } from '../../../renderer/core/crypto/bytes';
import { utf8Bytes } from '../../../renderer/core/text';
import {
  kekFromDerivedBytes,
  kekFromRecoveryKey,
  unwrapDataKey,
  wrapDataKey,
} from '../../../renderer/core/crypto/keyWrap';
import { deriveVaultKeys, hmacSign, hmacVerify } from '../../../renderer/core/crypto/vaultKeys';

describe('key wrapping', () => {
  it('wraps and unwraps the data key, bound to its context', async () => {
    const dataKey = randomBytes(32);
    const derived = randomBytes(32);
    const kek = await kekFromDerivedBytes(derived);
    expect(derived.every((b) => b === 0)).toBe(true);
    const sealed = await wrapDataKey(kek, dataKey, utf8Bytes('vault-a/passphrase'));
    expect(await unwrapDataKey(kek, sealed, utf8Bytes('vault-a/passphrase'))).toEqual(dataKey);
    await expect(unwrapDataKey(kek, sealed, utf8Bytes('vault-a/recovery'))).rejects.toBeInstanceOf(
      DecryptFailure,
    );
    await expect(
      unwrapDataKey(await kekFromDerivedBytes(randomBytes(32)), sealed, utf8Bytes('vault-a/passphrase')),
    ).rejects.toBeInstanceOf(DecryptFailure);
  });

  it('derives the recovery key-encryption key from the key and its salt', async () => {
    const recovery = randomBytes(16);
    const salt = randomBytes(16);
    const dataKey = randomBytes(32);
    const sealed = await wrapDataKey(await kekFromRecoveryKey(recovery, salt), dataKey, utf8Bytes('ctx'));
    expect(
      await unwrapDataKey(await kekFromRecoveryKey(recovery.slice(), salt.slice()), sealed, utf8Bytes('ctx')),
    ).toEqual(dataKey);
    await expect(
      unwrapDataKey(await kekFromRecoveryKey(recovery, randomBytes(16)), sealed, utf8Bytes('ctx')),
    ).rejects.toThrow();
  });

  it('derives distinct, non-extractable record and header keys per vault', async () => {
    const dataKey = randomBytes(32);
    const a = await deriveVaultKeys(dataKey, 'a'.repeat(32));
    const b = await deriveVaultKeys(dataKey, 'b'.repeat(32));
    expect(a.recordKey.extractable).toBe(false);
    expect(a.headerMacKey.extractable).toBe(false);
    const data = utf8Bytes('header');
    const mac = await hmacSign(a.headerMacKey, data);
    expect(await hmacVerify(a.headerMacKey, mac, data)).toBe(true);
    expect(await hmacVerify(b.headerMacKey, mac, data)).toBe(false);
  });
});
