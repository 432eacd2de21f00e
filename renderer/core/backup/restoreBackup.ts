import { isVaultError, type ProfileSummary, restoreVault, type VaultEnv } from '../vault';
import { BackupError } from './backupError';
import { backupRowBatches, checkBackup } from './backupFile';
import type { OnBackupProgress } from './backupProgress';
import type { ByteSource } from './byteStream';
import { cancellableSource, throwIfCancelled } from './cancel';

/**
 * A backup → a new notebook on this computer, under the label the person gives. The whole file is
 * checked first (hash, header, every frame: no database touched before); then it is read again and
 * its rows are written batch by batch into a new database that has no header and no profile until
 * the last row is in (restoreVault). Any failure deletes that database: all or nothing.
 * The person opens it with that vault's passphrase or recovery key.
 *
 * `signal` cancels ('cancelled'): during the checks (no database yet), or between batches, where the
 * throw out of the row batches makes restoreVault delete the new database before any profile exists.
 */
export async function restoreBackup(
  file: ByteSource,
  name: string,
  env: VaultEnv = {},
  onProgress?: OnBackupProgress,
  signal?: AbortSignal,
): Promise<ProfileSummary> {
  const source = cancellableSource(file, signal);
  const backup = await checkBackup(source, onProgress);
  let outcome;
  try {
    let done = 0;
    outcome = await restoreVault(
      name,
      backup.header,
      (async function* () {
        for await (const batch of backupRowBatches(source, backup)) {
          yield batch;
          // After the batch is written, before the next (or the header and profile after the last).
          throwIfCancelled(signal);
          onProgress?.({ step: 'restoring', done: (done += batch.length), total: backup.recordCount });
        }
      })(),
      env,
    );
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if (isVaultError(error, 'profile-name-invalid')) throw new BackupError('profile-name-invalid');
    if (
      isVaultError(error, 'header-tampered') ||
      isVaultError(error, 'header-invalid') ||
      isVaultError(error, 'record-invalid')
    )
      throw new BackupError('corrupted');
    throw new BackupError('storage-failed');
  }
  if (!outcome.restored) throw new BackupError('vault-exists');
  return outcome.profile;
}
