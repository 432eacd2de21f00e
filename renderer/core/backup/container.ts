import { concatBytes, utf8Bytes, utf8Text } from '../crypto/bytes';
import { sha256 } from '../crypto/vaultKeys';
import { bytesEqual } from '../crypto/bytes';
import { BackupError, type BackupErrorCode } from './backupError';
import { BACKUP_LIMITS } from './backupLimits';

// The framing shared by .dalili-backup and .dalili-transfer files. All integers big-endian:
//   magic (8 ASCII bytes) | container version u16 | flags u16 (0) | header length u32
//   | body length u64 (as two u32) | header (UTF-8 JSON) | body | SHA-256 of everything before it
// Every length is checked against the file size and the limits before a byte is parsed. The hash
// is keyless: it catches a damaged stick or a naive edit; authenticity comes from the keys inside.

export const CONTAINER_VERSION = 1;
export const PREAMBLE_BYTES = 24;
export const HASH_BYTES = 32;

export const MAGIC = { backup: 'DALILIBK', transfer: 'DALILITR' } as const;
export type ContainerKind = keyof typeof MAGIC;
/** Other Dalili files people may pick by mistake: recognised so the error can say "wrong kind". */
const OTHER_DALILI_MAGICS = ['DALILIPK'];

export interface Container {
  /** Preamble and header bytes, as read: transfer files authenticate them as AES-GCM additional data. */
  prefix: Uint8Array<ArrayBuffer>;
  header: unknown;
  body: Uint8Array<ArrayBuffer>;
}

export async function writeContainer(kind: ContainerKind, header: unknown, body: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return writeContainerWith(kind, header, body.length, (out, offset) => out.set(body, offset));
}

/**
 * Writes the body straight into the final buffer (one allocation for the whole file, hash
 * included): a 300 MB backup is not copied three more times on its way out.
 */
export async function writeContainerWith(kind: ContainerKind, header: unknown, bodyLength: number, writeBody: (out: Uint8Array, offset: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  const prefix = containerPrefix(kind, header, bodyLength);
  const contentLength = prefix.length + bodyLength;
  const out = new Uint8Array(contentLength + HASH_BYTES);
  out.set(prefix, 0);
  writeBody(out, prefix.length);
  out.set(await sha256(out.subarray(0, contentLength)), contentLength);
  return out;
}

/** Preamble + header for a body of `bodyLength` bytes (transfer files need it before encrypting). */
export function containerPrefix(kind: ContainerKind, header: unknown, bodyLength: number): Uint8Array<ArrayBuffer> {
  const headerBytes = utf8Bytes(JSON.stringify(header));
  if (headerBytes.length > BACKUP_LIMITS.maxHeaderBytes) throw new BackupError('too-large');
  const preamble = new Uint8Array(PREAMBLE_BYTES);
  const view = new DataView(preamble.buffer);
  preamble.set(utf8Bytes(MAGIC[kind]), 0);
  view.setUint16(8, CONTAINER_VERSION);
  view.setUint16(10, 0);
  view.setUint32(12, headerBytes.length);
  view.setUint32(16, Math.floor(bodyLength / 2 ** 32));
  view.setUint32(20, bodyLength >>> 0);
  return concatBytes(preamble, headerBytes);
}

export async function readContainer(kind: ContainerKind, file: Uint8Array): Promise<Container> {
  const notMine: BackupErrorCode = kind === 'backup' ? 'not-a-backup' : 'not-a-transfer';
  if (file.length > BACKUP_LIMITS.maxFileBytes) throw new BackupError('too-large');
  if (file.length < 8) throw new BackupError(file.length === 0 ? notMine : startsLike(file, kind) ? 'truncated' : notMine);
  const magic = String.fromCharCode(...file.subarray(0, 8));
  if (magic !== MAGIC[kind]) {
    const known = Object.values(MAGIC).includes(magic as never) || OTHER_DALILI_MAGICS.includes(magic) || isDaliliJson(file);
    throw new BackupError(known ? 'wrong-kind' : notMine);
  }
  if (file.length < PREAMBLE_BYTES) throw new BackupError('truncated');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const version = view.getUint16(8);
  if (version === 0) throw new BackupError('format-unsupported');
  if (version > CONTAINER_VERSION) throw new BackupError('format-too-new');
  if (view.getUint16(10) !== 0) throw new BackupError('corrupted');
  const headerLength = view.getUint32(12);
  const bodyHigh = view.getUint32(16);
  const bodyLength = bodyHigh * 2 ** 32 + view.getUint32(20);
  if (headerLength === 0 || headerLength > BACKUP_LIMITS.maxHeaderBytes) throw new BackupError('corrupted');
  if (bodyHigh > 0 || bodyLength > BACKUP_LIMITS.maxFileBytes) throw new BackupError('corrupted');
  const expected = PREAMBLE_BYTES + headerLength + bodyLength + HASH_BYTES;
  if (file.length < expected) throw new BackupError('truncated');
  if (file.length > expected) throw new BackupError('corrupted');

  const contentEnd = expected - HASH_BYTES;
  const content = file.slice(0, contentEnd);
  if (!bytesEqual(await sha256(content), file.subarray(contentEnd))) throw new BackupError('corrupted');
  const prefix = content.slice(0, PREAMBLE_BYTES + headerLength);
  let header: unknown;
  try {
    header = JSON.parse(utf8Text(prefix.subarray(PREAMBLE_BYTES)));
  } catch {
    throw new BackupError('corrupted');
  }
  return { prefix, header, body: content.slice(PREAMBLE_BYTES + headerLength) };
}

/** Dalili's JSON exports (the directory: {"format": "dalili-directory", …}) start with a format marker. */
function isDaliliJson(file: Uint8Array): boolean {
  const start = String.fromCharCode(...file.subarray(0, 128));
  return /^\s*\{\s*"format"\s*:\s*"dalili-/.test(start);
}

/** A file cut inside its magic still starts like one of ours: say "truncated", not "not a backup". */
function startsLike(file: Uint8Array, kind: ContainerKind): boolean {
  return file.length > 0 && MAGIC[kind].startsWith(String.fromCharCode(...file));
}
