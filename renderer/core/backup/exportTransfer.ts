import { withoutDeletedContent } from '../cases';
import { isOpaqueId, isVaultError, type VaultSession } from '../vault';
import { BackupError } from './backupError';
import { TRANSFER_EXTENSION } from './backupLimits';
import type { TransferContent, TransferRecord } from './transferContent';
import { encodeTransfer, type TransferKdfOptions } from './transferFile';
import type { TransferLog } from './transferLog';
import { newTransferCode } from './transferCode';

export interface TransferExportRequest {
  caseIds: readonly string[];
  /** The "persons concerned agreed / transfer authorised" box; the export refuses without it. */
  consentConfirmed: boolean;
  now?: number;
}

export interface ExportedTransfer {
  bytes: Uint8Array<ArrayBuffer>;
  /** Shown once to the person, to give to the receiving office by another channel. */
  code: string;
  suggestedName: string;
  recordCount: number;
  /** Records of these cases that could not be decrypted here: not in the file, counted. */
  skipped: number;
  /** To pass to recordTransferExport once the file is saved. */
  log: TransferLog;
}

/**
 * Every readable record of the chosen cases, decrypted and re-encrypted under a fresh one-time
 * code (Argon2id, fresh salt, production cost). The vault itself is not changed here.
 */
export async function exportTransfer(
  session: VaultSession,
  request: TransferExportRequest,
  options: TransferKdfOptions = {},
): Promise<ExportedTransfer> {
  const now = request.now ?? Date.now();
  const caseIds = [...new Set(request.caseIds)];
  if (caseIds.length === 0 || !caseIds.every(isOpaqueId)) throw new BackupError('nothing-selected');
  if (!request.consentConfirmed) throw new BackupError('consent-required');
  const records: TransferRecord[] = [];
  let skipped = 0;
  try {
    for (const caseId of caseIds) {
      const list = await session.listRecords({ caseId });
      skipped += list.damaged.length;
      // A deletion travels, what was deleted does not (issue 18): withoutDeletedContent.ts.
      for (const r of withoutDeletedContent(list.records))
        records.push({ id: r.id, kind: r.kind, caseId, updatedAt: r.updatedAt, payload: r.payload });
    }
  } catch (error) {
    throw new BackupError(isVaultError(error, 'locked') ? 'locked' : 'storage-failed');
  }
  if (records.length === 0) throw new BackupError('nothing-selected');
  const consent = { confirmed: true as const, at: now };
  const content: TransferContent = { v: 1, exportedAt: now, consent, caseIds, records };
  const code = newTransferCode();
  const bytes = await encodeTransfer(content, code, options);
  return {
    bytes,
    code,
    suggestedName: `dalili-transfert-${new Date(now).toISOString().slice(0, 10)}.${TRANSFER_EXTENSION}`,
    recordCount: records.length,
    skipped,
    log: { v: 1, direction: 'export', at: now, caseIds, recordCount: records.length, consent },
  };
}
