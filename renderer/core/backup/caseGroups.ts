import { readCaseIdIndex } from '../vault/rawVault';
import { isVaultError } from '../vault/vaultError';
import type { VaultSession } from '../vault/vaultSession';
import { BackupError } from './backupError';

export interface CaseGroup {
  caseId: string;
  /** First 8 hex characters: enough to tell cases apart on screen, says nothing about them. */
  shortId: string;
  recordCount: number;
}

/**
 * The cases a transfer can carry, from the caseId index alone (nothing decrypted, no ciphertext
 * loaded): until the case notebook offers its own list (case numbers, titles), the transfer
 * screen shows these, in a stable order.
 */
export async function listCaseGroups(session: VaultSession): Promise<CaseGroup[]> {
  let keys: string[];
  try {
    keys = await readCaseIdIndex(session);
  } catch (error) {
    throw new BackupError(isVaultError(error, 'locked') ? 'locked' : 'storage-failed');
  }
  const counts = new Map<string, number>();
  for (const caseId of keys) counts.set(caseId, (counts.get(caseId) ?? 0) + 1);
  return [...counts].map(([caseId, recordCount]) => ({ caseId, shortId: caseId.slice(0, 8), recordCount })).sort((a, b) => a.caseId.localeCompare(b.caseId));
}
