import { BackupError } from '../../../renderer/core/backup/backupError';

/** The BackupError code a promise rejects with, 'resolved' if it does not, or a marker for anything else. */
export async function backupCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof BackupError ? error.code : `other: ${String(error)}`;
  }
}
