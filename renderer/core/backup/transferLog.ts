import { z } from 'zod';
import {
  isVaultError,
  newOpaqueId,
  sealRawRecord,
  type StoredRecord,
  type VaultSession,
  writeRawRecords,
} from '../vault';
import { BackupError } from './backupError';
import { journalCaseExports } from './caseJournal';
import { consentSchema } from './transferContent';

/**
 * The local trace of every transfer, kept in the vault (encrypted like any record): which cases
 * left or arrived, when, how many records, and the consent the person confirmed. On export, each
 * notebook case also gets an "exported" entry in its own journal (caseJournal.ts); the notebook
 * has no "imported" action yet, so on import this record is the only trace.
 */
export const TRANSFER_LOG_KIND = 'transfer-log';

export const transferLogSchema = z.strictObject({
  v: z.literal(1),
  direction: z.enum(['export', 'import']),
  at: z.number().int(),
  caseIds: z.array(z.string()),
  recordCount: z.number().int().nonnegative(),
  consent: consentSchema,
  /** Import only: how many ids were renewed because they already existed here. */
  renamedIds: z.number().int().nonnegative().optional(),
});

export type TransferLog = z.infer<typeof transferLogSchema>;

export function sealTransferLog(session: VaultSession, log: TransferLog): Promise<StoredRecord> {
  // caseId stays null: the log spans several cases, and the notebook lists cases by caseId.
  return sealRawRecord(
    session,
    { id: newOpaqueId(), kind: TRANSFER_LOG_KIND, caseId: null, updatedAt: log.at },
    log,
  );
}

/**
 * Once the file is saved (a cancelled save sent nothing anywhere): the transfer log, then an
 * "exported" entry in each notebook case's own journal. Returns how many case journals got it.
 */
export async function recordTransferExport(session: VaultSession, log: TransferLog): Promise<number> {
  try {
    await writeRawRecords(session, [await sealTransferLog(session, log)]);
    return await journalCaseExports(session, log.caseIds, log.at);
  } catch (error) {
    throw new BackupError(isVaultError(error, 'locked') ? 'locked' : 'storage-failed');
  }
}
