import { aesGcmDecrypt, aesGcmEncrypt, importAesGcmKey, type Sealed } from './aesGcm';
import { wipe } from './bytes';
import { utf8Bytes } from '../text';

export const DATA_KEY_BYTES = 32;
export const RECOVERY_SALT_BYTES = 16;

/**
 * Envelope encryption: the random data key is sealed with AES-256-GCM under a key-encryption key.
 * AES-GCM rather than AES-KW because the data key is kept as raw bytes only long enough to derive
 * non-extractable subkeys, and GCM lets us bind the wrap to its vault and slot via additional data.
 */
export async function wrapDataKey(
  kek: CryptoKey,
  dataKey: Uint8Array<ArrayBuffer>,
  context: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  if (dataKey.length !== DATA_KEY_BYTES) throw new RangeError('data key must be 32 bytes');
  return aesGcmEncrypt(kek, dataKey, context);
}

/** Throws DecryptFailure on a wrong key-encryption key or any change to the wrap or its context. */
export async function unwrapDataKey(
  kek: CryptoKey,
  sealed: Sealed,
  context: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  return aesGcmDecrypt(kek, sealed, context);
}

/** Turns Argon2id output into a key-encryption key and wipes the raw bytes. */
export async function kekFromDerivedBytes(derived: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await importAesGcmKey(derived);
  } finally {
    wipe(derived);
  }
}

/**
 * The recovery key already carries 128 random bits, so a slow KDF would add nothing: HKDF-SHA-256
 * with a per-vault salt is enough to make it a key-encryption key.
 */
export async function kekFromRecoveryKey(
  recoveryKey: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', recoveryKey, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8Bytes('dalili/vault/recovery-kek/v1') },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
