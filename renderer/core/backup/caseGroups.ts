import { readRawVault } from '../vault/rawVault';
import { isVaultError } from '../vault/vaultError';
import type { VaultSession } from '../vault/vaultSession';
import { BackupError } from './backupError';

export interface CaseGroup {
  caseId: string;
  /** First 8 hex characters: enough to tell cases apart on screen, says nothing about them. */
  shortId: string;
  recordCount: number;
  lastUpdatedAt: number;
}

/**
 * The cases a transfer can carry, from the stored rows alone (no decryption): until the case
 * notebook offers its own list (case numbers, titles), the transfer screen shows these.
 */
export async function listCaseGroups(session: VaultSession): Promise<CaseGroup[]> {
  let rows;
  try {
    rows = (await readRawVault(session)).rows;
  } catch (error) {
    throw new BackupError(isVaultError(error, 'locked') ? 'locked' : 'storage-failed');
  }
  const groups = new Map<string, CaseGroup>();
  for (const row of rows) {
    if (row.caseId === null) continue;
    const group = groups.get(row.caseId) ?? { caseId: row.caseId, shortId: row.caseId.slice(0, 8), recordCount: 0, lastUpdatedAt: 0 };
    group.recordCount++;
    group.lastUpdatedAt = Math.max(group.lastUpdatedAt, row.updatedAt);
    groups.set(row.caseId, group);
  }
  return [...groups.values()].sort((a, b) => b.lastUpdatedAt - a.lastUpdatedAt);
}
