import type { ProfileSummary } from '../vault/profileRegistry';
import { restoreVault } from '../vault/restoreVault';
import type { VaultEnv } from '../vault/vaultEnv';
import { isVaultError } from '../vault/vaultError';
import { BackupError } from './backupError';
import { decodeBackup } from './backupFile';

/**
 * A backup → a new notebook on this computer, under the label the person gives. Everything is
 * decoded and checked first; then one Dexie transaction writes header and rows, and the profile is
 * registered. The person opens it with that vault's passphrase or recovery key.
 */
export async function restoreBackup(file: Uint8Array, name: string, env: VaultEnv = {}): Promise<ProfileSummary> {
  const backup = await decodeBackup(file);
  let outcome;
  try {
    outcome = await restoreVault(name, backup.header, backup.rows, env);
  } catch (error) {
    if (isVaultError(error, 'profile-name-invalid')) throw new BackupError('profile-name-invalid');
    if (isVaultError(error, 'header-tampered') || isVaultError(error, 'header-invalid') || isVaultError(error, 'record-invalid')) throw new BackupError('corrupted');
    throw new BackupError('storage-failed');
  }
  if (!outcome.restored) throw new BackupError('vault-exists');
  return outcome.profile;
}
