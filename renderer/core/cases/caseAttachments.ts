import { fromBase64, toBase64 } from '../crypto';
import { newOpaqueId, type VaultSession } from '../vault';
import { checkAttachment } from './attachmentType';
import type { QueuedCase } from './caseWriteQueue';
import { commitChange } from './caseCommit';
import { CaseError } from './caseError';
import { KINDS, type Attachment } from './caseSchemas';
import { caseRecordDecoder } from './decodeCaseRecord';
import type { FieldError } from './fieldError';
import { RECORD_VERSIONS } from './recordVersions';

// An attachment is two records: a small one (name, type, size) listed with the case, and one
// holding the bytes, read and decrypted only when the file is opened or saved.

export async function addAttachment(
  session: VaultSession,
  bundle: QueuedCase,
  name: string,
  bytes: Uint8Array,
  now: number,
): Promise<{ ok: true } | { ok: false; error: FieldError }> {
  const checked = checkAttachment(name, bytes);
  if (!checked.ok) return checked;
  const dataId = newOpaqueId();
  const meta: Attachment = {
    v: RECORD_VERSIONS['case-attachment'],
    name: name.slice(-200),
    description: '',
    type: checked.type,
    size: bytes.length,
    dataId,
    addedAt: now,
  };
  await commitChange(
    session,
    bundle,
    {
      action: 'attachment',
      put: [
        { id: dataId, kind: KINDS.attachmentData, payload: { v: 1, base64: toBase64(bytes) } },
        { kind: KINDS.attachment, payload: meta },
      ],
    },
    now,
  );
  return { ok: true };
}

export async function readAttachment(session: VaultSession, attachment: Attachment): Promise<Uint8Array> {
  const record = await session.getRecord(attachment.dataId, caseRecordDecoder(KINDS.attachmentData));
  const bytes = fromBase64(record.payload.base64);
  if (bytes.length !== attachment.size) throw new CaseError('attachment-damaged');
  return bytes;
}
