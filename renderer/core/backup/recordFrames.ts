import { utf8Bytes, utf8Text } from '../text';
import { isOpaqueId, RECORD_FORMAT, type StoredRecord } from '../vault';
import { BackupError } from './backupError';
import { BACKUP_LIMITS } from './backupLimits';
import type { SourceCursor } from './sourceCursor';

// The backup body: one frame per stored row, exactly as it sits in IndexedDB. Big-endian:
//   meta length u16 | meta JSON [id, kind, caseId, updatedAt, format] | iv length u8 | iv
//   | ciphertext length u32 | ciphertext
// Frames are self-delimiting, so the body is written and read piece by piece (never held whole).

const KIND = /^[a-z][a-z0-9-]{0,31}$/;
const IV_BYTES = 12;
/** AES-GCM tag (16) + at least one 256-byte padded block. */
const MIN_CIPHERTEXT = 16 + 256;

/** Bytes of one row's frame in the body. */
export function frameLength(row: StoredRecord): number {
  return frameHead(row).length + row.ciphertext.length;
}

/** Everything of a frame before its ciphertext (the ciphertext is written as it is, not copied here). */
export function frameHead(row: StoredRecord): Uint8Array<ArrayBuffer> {
  const meta = utf8Bytes(JSON.stringify([row.id, row.kind, row.caseId, row.updatedAt, row.format]));
  const head = new Uint8Array(2 + meta.length + 1 + row.iv.length + 4);
  const view = new DataView(head.buffer);
  view.setUint16(0, meta.length);
  head.set(meta, 2);
  view.setUint8(2 + meta.length, row.iv.length);
  head.set(row.iv, 3 + meta.length);
  view.setUint32(3 + meta.length + row.iv.length, row.ciphertext.length);
  return head;
}

/**
 * Reads the body's frames one at a time. Every length is checked against what is left of the body
 * before it is used; any mismatch is 'corrupted'. Only the ids seen are kept (duplicates are refused).
 */
export class FrameReader {
  private readonly ids = new Set<string>();
  private count = 0;

  constructor(
    private readonly cursor: SourceCursor,
    private readonly bodyEnd: number,
    private readonly expectedCount: number,
  ) {}

  get recordsRead(): number {
    return this.count;
  }

  /** The next row, or null at the end of the body (where the count must be the one announced). */
  async next(): Promise<StoredRecord | null> {
    if (this.cursor.position >= this.bodyEnd) {
      if (this.count !== this.expectedCount) throw new BackupError('corrupted');
      return null;
    }
    if (this.count >= this.expectedCount) throw new BackupError('corrupted');
    this.need(2);
    const metaLength = readU16(await this.cursor.peekTake(2));
    if (metaLength > BACKUP_LIMITS.maxRecordMetaBytes) throw new BackupError('corrupted');
    this.need(metaLength + 1);
    const meta = parseMeta(await this.cursor.peekTake(metaLength));
    const ivLength = (await this.cursor.peekTake(1))[0]!;
    if (ivLength !== IV_BYTES) throw new BackupError('corrupted');
    this.need(ivLength + 4);
    const iv = await this.cursor.take(ivLength);
    const ctLength = readU32(await this.cursor.peekTake(4));
    if (ctLength < MIN_CIPHERTEXT || ctLength > BACKUP_LIMITS.maxCiphertextBytes)
      throw new BackupError('corrupted');
    this.need(ctLength);
    const ciphertext = await this.cursor.take(ctLength);
    if (this.ids.has(meta.id)) throw new BackupError('corrupted');
    this.ids.add(meta.id);
    this.count++;
    return { ...meta, iv, ciphertext };
  }

  private need(n: number): void {
    if (this.cursor.position + n > this.bodyEnd) throw new BackupError('corrupted');
  }
}

function readU16(b: Uint8Array): number {
  return (b[0]! << 8) | b[1]!;
}

function readU32(b: Uint8Array): number {
  return ((b[0]! << 24) >>> 0) + (b[1]! << 16) + (b[2]! << 8) + b[3]!;
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
  if (typeof format === 'number' && Number.isInteger(format) && format > RECORD_FORMAT)
    throw new BackupError('format-too-new');
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
