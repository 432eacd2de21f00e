import { utf8Bytes } from '../text';

/** Keys held by an unlocked vault. Both are non-extractable: script can use them, never read them. */
export interface VaultKeys {
  recordKey: CryptoKey;
  headerMacKey: CryptoKey;
  /** HMAC key for the case notebook's keyed digests (live-set seals, issue 18 point 3); used only inside the vault. */
  journalMacKey: CryptoKey;
}

/**
 * One root (the data key), independent subkeys by HKDF-SHA-256 with distinct labels: the key that
 * encrypts records is never the key that authenticates the header.
 */
export async function deriveVaultKeys(dataKey: Uint8Array<ArrayBuffer>, vaultId: string): Promise<VaultKeys> {
  const root = await crypto.subtle.importKey('raw', dataKey, 'HKDF', false, ['deriveKey']);
  const salt = new Uint8Array(0);
  const recordKey = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8Bytes(`dalili/vault/records/v1/${vaultId}`) },
    root,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const headerMacKey = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8Bytes(`dalili/vault/header-mac/v1/${vaultId}`) },
    root,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  );
  const journalMacKey = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8Bytes(`dalili/vault/journal-mac/v1/${vaultId}`) },
    root,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  );
  return { recordKey, headerMacKey, journalMacKey };
}

export async function hmacSign(
  key: CryptoKey,
  data: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
}

/** WebCrypto's verify compares in constant time. */
export async function hmacVerify(
  key: CryptoKey,
  mac: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  return crypto.subtle.verify('HMAC', key, mac, data);
}
