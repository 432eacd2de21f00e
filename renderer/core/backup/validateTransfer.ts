import type { z } from 'zod';
import {
  ATTACHMENT_MAX_BYTES,
  attachmentDataSchema,
  type attachmentSchema,
  decodeCaseRecord,
  isCaseRecordKind,
  KINDS,
  sniffAttachmentType,
} from '../cases';
import { fromBase64 } from '../crypto';
import { BackupError } from './backupError';
import type { TransferContent, TransferRecord } from './transferContent';

// A transfer is sealed with a code another office chose: its content is authentic to that code, not
// trustworthy. Before anything is written here, every record must be a case notebook record of a
// known kind that its kind's schema accepts (the same decoders the notebook reads with), every
// attachment must be, byte for byte, the file type and size its description says, and no record may
// claim a time in the future (it would win every later merge: "newer wins").

const invalid = (): never => {
  throw new BackupError('transfer-record-invalid');
};

/**
 * The records to import, checked, with `updatedAt` clamped to `now`. Payloads are kept exactly as
 * sent (times inside them included: the case journal's hash chain covers them). Throws
 * 'transfer-record-invalid' at the first record that fails; nothing is then written.
 */
export function validateTransferRecords(content: TransferContent, now: number): TransferRecord[] {
  const byId = new Map(content.records.map((r) => [r.id, r]));
  // Decoded as the notebook reads (older versions migrated on the way): a transfer from an office
  // that has not updated yet imports as is. One written by a newer Dalili is refused as such.
  const decoded = new Map<string, unknown>();
  for (const record of content.records) {
    if (!isCaseRecordKind(record.kind)) return invalid();
    const result = decodeCaseRecord(record.kind, record.payload);
    if (!result.ok && result.reason === 'newer') throw new BackupError('format-too-new');
    if (!result.ok) return invalid();
    decoded.set(record.id, result.value);
    if (record.kind === KINDS.case && record.id !== record.caseId) invalid();
  }
  for (const record of content.records) {
    if (record.kind === KINDS.attachmentData) checkAttachmentBytes(record, undefined);
    if (record.kind !== KINDS.attachment) continue;
    const meta = decoded.get(record.id) as z.infer<typeof attachmentSchema>;
    const data = byId.get(meta.dataId);
    if (!data || data.kind !== KINDS.attachmentData || data.caseId !== record.caseId) invalid();
    checkAttachmentBytes(data!, meta);
  }
  return content.records.map((r) => (r.updatedAt > now ? { ...r, updatedAt: now } : r));
}

function checkAttachmentBytes(
  data: TransferRecord,
  meta: z.infer<typeof attachmentSchema> | undefined,
): void {
  const { base64 } = attachmentDataSchema.parse(data.payload);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(base64);
  } catch {
    return invalid();
  }
  const type = sniffAttachmentType(bytes);
  if (type === null || bytes.length === 0 || bytes.length > ATTACHMENT_MAX_BYTES) invalid();
  if (meta && (meta.type !== type || meta.size !== bytes.length)) invalid();
}
