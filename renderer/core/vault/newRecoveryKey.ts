import {
  formatRecoveryKey,
  generateRecoveryKey,
  kekFromRecoveryKey,
  randomBytes,
  RECOVERY_SALT_BYTES,
  wipe,
  wrapDataKey,
} from '../crypto';
import { openPassphraseSlot } from './passphraseSlot';
import { readSessionHeader } from './readHeader';
import type { VaultEnv } from './vaultEnv';
import { VaultError } from './vaultError';
import { sealHeader, wrapContext } from './vaultHeader';
import { internalsOf, type VaultSession } from './vaultSession';

/**
 * "Nouvelle clé de secours": a new recovery key wraps the same data key, replacing the recovery slot
 * in the header; the old recovery key no longer opens this notebook (it still opens backups made
 * before, whose headers carry the old slot). Records are not touched. Returns the new key, formatted,
 * to be shown once.
 */
export async function newRecoveryKey(
  session: VaultSession,
  passphrase: string,
  env: VaultEnv = {},
): Promise<string> {
  const { db, vaultId, keys } = internalsOf(session);
  const header = await readSessionHeader(db, keys.headerMacKey);
  const { dataKey } = await openPassphraseSlot(header, passphrase, env);
  const recovery = generateRecoveryKey();
  try {
    const salt = randomBytes(RECOVERY_SALT_BYTES);
    const sealed = await wrapDataKey(
      await kekFromRecoveryKey(recovery, salt),
      dataKey,
      wrapContext(vaultId, 'recovery'),
    );
    const next = await sealHeader(
      {
        format: header.format,
        vaultId,
        kdf: header.kdf,
        passphraseSlot: header.passphraseSlot,
        recoverySlot: { salt, iv: sealed.iv, wrapped: sealed.ciphertext },
      },
      keys.headerMacKey,
    );
    internalsOf(session);
    try {
      await db.meta.put({ key: 'header', header: next });
    } catch {
      throw new VaultError(session.isLocked ? 'locked' : 'storage-failed');
    }
    return formatRecoveryKey(recovery);
  } finally {
    wipe(dataKey);
    wipe(recovery);
  }
}
