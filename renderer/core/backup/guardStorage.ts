import { isVaultError } from '../vault';
import { BackupError } from './backupError';

/** Storage failures surface as backup codes: 'locked' when the notebook locked mid-way, else 'storage-failed'. */
export async function guardStorage<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(isVaultError(error, 'locked') ? 'locked' : 'storage-failed');
  }
}
