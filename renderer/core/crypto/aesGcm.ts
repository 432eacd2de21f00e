import { randomBytes } from './bytes';

export const AES_GCM_IV_BYTES = 12;

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Authentication failed: wrong key, or the bytes or their context were changed. Carries nothing else. */
export class DecryptFailure extends Error {
  constructor() {
    super('decrypt-failed');
    this.name = 'DecryptFailure';
  }
}

/** Imports a 256-bit AES-GCM key that can never be read back out of WebCrypto. */
export async function importAesGcmKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  if (raw.length !== 32) throw new RangeError('AES-256 key must be 32 bytes');
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * AES-256-GCM with a fresh random 96-bit IV on every call. Random IVs keep us safe up to ~2^32
 * messages per key (NIST SP 800-38D), far beyond any case notebook.
 */
export async function aesGcmEncrypt(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  const iv = randomBytes(AES_GCM_IV_BYTES);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData, tagLength: 128 }, key, plaintext),
  );
  return { iv, ciphertext };
}

export async function aesGcmDecrypt(
  key: CryptoKey,
  sealed: Sealed,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.iv.length !== AES_GCM_IV_BYTES) throw new DecryptFailure();
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.iv, additionalData, tagLength: 128 },
        key,
        sealed.ciphertext,
      ),
    );
  } catch {
    throw new DecryptFailure();
  }
}
