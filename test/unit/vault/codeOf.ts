import { VaultError } from '../../../renderer/core/vault/vaultError';

/** The VaultError code a promise rejects with, 'resolved' if it does not, or a marker for anything else. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof VaultError ? error.code : `other: ${String(error)}`;
  }
}
