import { DecryptFailure, defaultKdfRunner, deriveKey, kekFromDerivedBytes, unwrapDataKey } from '../crypto';
import type { VaultEnv } from './vaultEnv';
import { VaultError } from './vaultError';
import { wrapContext, type StoredHeader } from './vaultHeader';

/**
 * The passphrase checked against the header's passphrase slot: its key-encryption key (kept to wrap
 * a new data key under the same passphrase) and the data key it opens. The caller wipes the data key.
 * Re-key operations ask for the passphrase even in an open session, as a passphrase change does:
 * someone who finds the laptop unlocked must not be able to change the notebook's secrets.
 */
export async function openPassphraseSlot(
  header: StoredHeader,
  passphrase: string,
  env: VaultEnv,
): Promise<{ kek: CryptoKey; dataKey: Uint8Array<ArrayBuffer> }> {
  let derived;
  try {
    derived = await deriveKey(passphrase, header.kdf, env.kdfRunner ?? defaultKdfRunner());
  } catch {
    throw new VaultError('kdf-failed');
  }
  const kek = await kekFromDerivedBytes(derived);
  try {
    const dataKey = await unwrapDataKey(
      kek,
      { iv: header.passphraseSlot.iv, ciphertext: header.passphraseSlot.wrapped },
      wrapContext(header.vaultId, 'passphrase', header.format),
    );
    return { kek, dataKey };
  } catch (error) {
    if (error instanceof DecryptFailure) throw new VaultError('wrong-passphrase');
    throw new VaultError('storage-failed');
  }
}
