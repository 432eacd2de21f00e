import { z } from 'zod';
import { newOpaqueId } from '../vault/opaqueId';
import { sealRawRecord, writeRawRecords } from '../vault/rawVault';
import type { StoredRecord } from '../vault/recordCodec';
import type { VaultSession } from '../vault/vaultSession';
import { consentSchema } from './transferContent';

/**
 * The local trace of every transfer, kept in the vault (encrypted like any record): which cases
 * left or arrived, when, how many records, and the consent the person confirmed. The case
 * notebook's own audit journal (renderer/core/cases) may record the same event per case when it
 * offers an API for it; until then this record is the audit entry.
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
  return sealRawRecord(session, { id: newOpaqueId(), kind: TRANSFER_LOG_KIND, caseId: null, updatedAt: log.at }, log);
}

/** Writes an export's log once the file is saved (a cancelled save sends nothing anywhere). */
export async function recordTransferExport(session: VaultSession, log: TransferLog): Promise<void> {
  await writeRawRecords(session, [await sealTransferLog(session, log)]);
}
