import { describe, expect, it } from 'vitest';
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  DecryptFailure,
  importAesGcmKey,
} from '../../../renderer/core/crypto/aesGcm';
import { randomBytes } from '../../../renderer/core/crypto/bytes';
import { toHex, utf8Bytes, utf8Text } from '../../../renderer/core/text';

describe('AES-256-GCM', () => {
  it('round-trips and uses a fresh 96-bit IV for every message', async () => {
    const key = await importAesGcmKey(randomBytes(32));
    const aad = utf8Bytes('context');
    const ivs = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const sealed = await aesGcmEncrypt(key, utf8Bytes('même texte'), aad);
      expect(sealed.iv).toHaveLength(12);
      ivs.add(toHex(sealed.iv));
      if (i === 0) expect(utf8Text(await aesGcmDecrypt(key, sealed, aad))).toBe('même texte');
    }
    expect(ivs.size).toBe(200);
  });

  it('refuses a changed ciphertext, IV, additional data or key', async () => {
    const key = await importAesGcmKey(randomBytes(32));
    const aad = utf8Bytes('context');
    const sealed = await aesGcmEncrypt(key, utf8Bytes('secret'), aad);
    const flipped = sealed.ciphertext.slice();
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    const otherIv = sealed.iv.slice();
    otherIv[11] = (otherIv[11] ?? 0) ^ 1;
    await expect(aesGcmDecrypt(key, { iv: sealed.iv, ciphertext: flipped }, aad)).rejects.toBeInstanceOf(
      DecryptFailure,
    );
    await expect(
      aesGcmDecrypt(key, { iv: otherIv, ciphertext: sealed.ciphertext }, aad),
    ).rejects.toBeInstanceOf(DecryptFailure);
    await expect(aesGcmDecrypt(key, sealed, utf8Bytes('contexT'))).rejects.toBeInstanceOf(DecryptFailure);
    await expect(aesGcmDecrypt(await importAesGcmKey(randomBytes(32)), sealed, aad)).rejects.toBeInstanceOf(
      DecryptFailure,
    );
    await expect(
      aesGcmDecrypt(key, { iv: sealed.iv.subarray(0, 8), ciphertext: sealed.ciphertext }, aad),
    ).rejects.toBeInstanceOf(DecryptFailure);
  });

  it('imports keys as non-extractable', async () => {
    const key = await importAesGcmKey(randomBytes(32));
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
