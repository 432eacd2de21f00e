import { utf8Bytes, utf8Text } from '../crypto/bytes';
import { isOpaqueId } from '../vault/opaqueId';
import { RECORD_FORMAT, type StoredRecord } from '../vault/recordCodec';
import { BackupError } from './backupError';
import { BACKUP_LIMITS } from './backupLimits';

// The backup body: one frame per stored row, exactly as it sits in IndexedDB. Big-endian:
//   meta length u16 | meta JSON [id, kind, caseId, updatedAt, format] | iv length u8 | iv
//   | ciphertext length u32 | ciphertext
// Frames are self-delimiting so the body could be written and read piece by piece.

const KIND = /^[a-z][a-z0-9-]{0,31}$/;
const IV_BYTES = 12;
/** AES-GCM tag (16) + at least one 256-byte padded block. */
const MIN_CIPHERTEXT = 16 + 256;

/** The frames of `rows`, measured first so they can be written straight into the file buffer. */
export interface FrameWriter {
  length: number;
  write: (out: Uint8Array, offset: number) => void;
}

export function frameWriter(rows: readonly StoredRecord[]): FrameWriter {
  // Only the small meta JSON is encoded ahead; ciphertexts are copied once, into the file.
  const metas = rows.map((row) => utf8Bytes(JSON.stringify([row.id, row.kind, row.caseId, row.updatedAt, row.format])));
  const length = rows.reduce((n, row, i) => n + 2 + metas[i]!.length + 1 + row.iv.length + 4 + row.ciphertext.length, 0);
  return {
    length,
    write: (out, offset) => {
      const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
      let at = offset;
      rows.forEach((row, i) => {
        const meta = metas[i]!;
        view.setUint16(at, meta.length);
        out.set(meta, (at += 2));
        view.setUint8((at += meta.length), row.iv.length);
        out.set(row.iv, (at += 1));
        view.setUint32((at += row.iv.length), row.ciphertext.length);
        out.set(row.ciphertext, (at += 4));
        at += row.ciphertext.length;
      });
    },
  };
}

/** Every length is checked against what is left before it is used; any mismatch is 'corrupted'. */
export function decodeFrames(body: Uint8Array, expectedCount: number): StoredRecord[] {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const rows: StoredRecord[] = [];
  const ids = new Set<string>();
  let at = 0;
  const need = (n: number): void => {
    if (at + n > body.length) throw new BackupError('corrupted');
  };
  while (at < body.length) {
    if (rows.length >= expectedCount) throw new BackupError('corrupted');
    need(2);
    const metaLength = view.getUint16(at);
    at += 2;
    if (metaLength > BACKUP_LIMITS.maxRecordMetaBytes) throw new BackupError('corrupted');
    need(metaLength + 1);
    const meta = parseMeta(body.subarray(at, at + metaLength));
    at += metaLength;
    const ivLength = view.getUint8(at);
    at += 1;
    if (ivLength !== IV_BYTES) throw new BackupError('corrupted');
    need(ivLength + 4);
    const iv = body.slice(at, at + ivLength);
    at += ivLength;
    const ctLength = view.getUint32(at);
    at += 4;
    if (ctLength < MIN_CIPHERTEXT || ctLength > BACKUP_LIMITS.maxCiphertextBytes) throw new BackupError('corrupted');
    need(ctLength);
    const ciphertext = body.slice(at, at + ctLength);
    at += ctLength;
    if (ids.has(meta.id)) throw new BackupError('corrupted');
    ids.add(meta.id);
    rows.push({ ...meta, iv, ciphertext });
  }
  if (rows.length !== expectedCount) throw new BackupError('corrupted');
  return rows;
}

function parseMeta(bytes: Uint8Array): Omit<StoredRecord, 'iv' | 'ciphertext'> {
  let value: unknown;
  try {
    value = JSON.parse(utf8Text(bytes));
  } catch {
    throw new BackupError('corrupted');
  }
  if (!Array.isArray(value) || value.length !== 5) throw new BackupError('corrupted');
  const [id, kind, caseId, updatedAt, format] = value as unknown[];
  if (typeof format === 'number' && Number.isInteger(format) && format > RECORD_FORMAT) throw new BackupError('format-too-new');
  const valid =
    isOpaqueId(id) &&
    typeof kind === 'string' &&
    KIND.test(kind) &&
    (caseId === null || isOpaqueId(caseId)) &&
    typeof updatedAt === 'number' &&
    Number.isSafeInteger(updatedAt) &&
    updatedAt >= 0 &&
    format === RECORD_FORMAT;
  if (!valid) throw new BackupError('corrupted');
  return { id, kind, caseId, updatedAt, format };
}
