import {
  type Argon2idCost,
  defaultKdfRunner,
  deriveKey,
  KDF_SALT_BYTES,
  type KdfParams,
  kekFromDerivedBytes,
  randomBytes,
  wrapDataKey,
} from '../crypto';
import { loadPassphraseChecker } from './passphrasePolicy';
import { getProfile } from './profileRegistry';
import { readSessionHeader } from './readHeader';
import type { VaultEnv } from './vaultEnv';
import { VaultError } from './vaultError';
import { sealHeader, wrapContext } from './vaultHeader';
import { internalsOf, type VaultSession } from './vaultSession';

/**
 * Replaces the passphrase slot only: new salt, new wrap of the same data key, header re-sealed.
 * Records are not touched, so changing a passphrase is instant and cannot damage case data.
 */
export async function rewrapPassphrase(
  session: VaultSession,
  dataKey: Uint8Array<ArrayBuffer>,
  nextPassphrase: string,
  env: VaultEnv,
  cost?: Argon2idCost,
): Promise<void> {
  const { name } = await getProfile(session.profileId, env);
  const check = await loadPassphraseChecker();
  if (!check(nextPassphrase, [name]).acceptable) throw new VaultError('weak-passphrase');

  const { db, vaultId, keys } = internalsOf(session);
  const header = await readSessionHeader(db, keys.headerMacKey);
  const kdf: KdfParams = {
    algorithm: 'argon2id',
    version: 19,
    memoryKiB: cost?.memoryKiB ?? header.kdf.memoryKiB,
    iterations: cost?.iterations ?? header.kdf.iterations,
    parallelism: cost?.parallelism ?? header.kdf.parallelism,
    salt: randomBytes(KDF_SALT_BYTES),
  };
  let derived;
  try {
    derived = await deriveKey(nextPassphrase, kdf, env.kdfRunner ?? defaultKdfRunner());
  } catch {
    throw new VaultError('kdf-failed');
  }
  const kek = await kekFromDerivedBytes(derived);
  const sealed = await wrapDataKey(kek, dataKey, wrapContext(vaultId, 'passphrase'));
  const next = await sealHeader(
    {
      format: header.format,
      vaultId,
      kdf,
      passphraseSlot: { iv: sealed.iv, wrapped: sealed.ciphertext },
      recoverySlot: header.recoverySlot,
    },
    keys.headerMacKey,
  );
  internalsOf(session);
  try {
    await db.meta.put({ key: 'header', header: next });
  } catch {
    throw new VaultError(session.isLocked ? 'locked' : 'storage-failed');
  }
}
