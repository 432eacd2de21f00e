import {
  type Argon2idCost,
  DecryptFailure,
  defaultKdfRunner,
  deriveKey,
  kekFromDerivedBytes,
  unwrapDataKey,
  wipe,
} from '../crypto';
import { readSessionHeader } from './readHeader';
import { rewrapPassphrase } from './rewrapPassphrase';
import type { VaultEnv } from './vaultEnv';
import { VaultError } from './vaultError';
import { wrapContext } from './vaultHeader';
import { internalsOf, type VaultSession } from './vaultSession';

/**
 * Asks for the current passphrase even though the vault is open, so a person who finds the laptop
 * unlocked cannot lock its owner out. Re-wraps the data key only; no record is rewritten.
 */
export async function changePassphrase(
  session: VaultSession,
  currentPassphrase: string,
  nextPassphrase: string,
  options: { env?: VaultEnv; cost?: Argon2idCost } = {},
): Promise<void> {
  const env = options.env ?? {};
  const { db, vaultId, keys } = internalsOf(session);
  const header = await readSessionHeader(db, keys.headerMacKey);
  let dataKey: Uint8Array<ArrayBuffer>;
  try {
    const derived = await deriveKey(currentPassphrase, header.kdf, env.kdfRunner ?? defaultKdfRunner()).catch(
      () => {
        throw new VaultError('kdf-failed');
      },
    );
    const kek = await kekFromDerivedBytes(derived);
    dataKey = await unwrapDataKey(
      kek,
      { iv: header.passphraseSlot.iv, ciphertext: header.passphraseSlot.wrapped },
      wrapContext(vaultId, 'passphrase', header.format),
    );
  } catch (error) {
    if (error instanceof DecryptFailure) throw new VaultError('wrong-passphrase');
    throw error;
  }
  try {
    await rewrapPassphrase(session, dataKey, nextPassphrase, env, options.cost);
  } finally {
    wipe(dataKey);
  }
}
