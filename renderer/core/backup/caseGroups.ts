import { listCaseSummaries } from '../cases';
import { isVaultError, readCaseIdIndex, type VaultSession } from '../vault';
import { BackupError } from './backupError';

export interface CaseGroup {
  caseId: string;
  /** First 8 hex characters: enough to tell cases apart on screen, says nothing about them. */
  shortId: string;
  recordCount: number;
  /** The notebook's case number ("GOM-2026-0001") when the case is a notebook case, else null. */
  label: string | null;
}

/**
 * The cases a transfer can carry: record counts from the caseId index (no ciphertext loaded), and
 * the notebook's case numbers from its own list (listCaseSummaries decrypts one record per case).
 * Records grouped under a case id without a readable case record keep their short opaque id.
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
  const labels = await caseNumbers(session);
  return (
    [...counts]
      .map(([caseId, recordCount]) => ({
        caseId,
        shortId: caseId.slice(0, 8),
        recordCount,
        label: labels.get(caseId) ?? null,
      }))
      // Notebook cases first, by number; then the other groups, by id.
      .sort(
        (a, b) =>
          (a.label === null ? 1 : 0) - (b.label === null ? 1 : 0) ||
          (a.label ?? a.caseId).localeCompare(b.label ?? b.caseId),
      )
  );
}

async function caseNumbers(session: VaultSession): Promise<Map<string, string>> {
  try {
    const { cases } = await listCaseSummaries(session);
    return new Map(cases.map((c) => [c.caseId, c.label]));
  } catch (error) {
    // Without labels the list still works (short ids); a lock still stops it.
    if (isVaultError(error, 'locked')) throw new BackupError('locked');
    return new Map();
  }
}
