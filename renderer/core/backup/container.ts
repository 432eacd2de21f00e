import { bytesEqual, createIncrementalSha256, type IncrementalSha256 } from '../crypto';
import { concatBytes, sha256, utf8Bytes, utf8Text } from '../text';
import { BackupError, type BackupErrorCode } from './backupError';
import { BACKUP_LIMITS } from './backupLimits';
import { bytesSource, IO_CHUNK_BYTES, type ByteSink, type ByteSource } from './byteStream';
import { SourceCursor } from './sourceCursor';

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

/** A whole container in memory, hash included: tests craft files with it; the app streams with ContainerWriter. */
export async function writeContainer(
  kind: ContainerKind,
  header: unknown,
  body: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const content = concatBytes(containerPrefix(kind, header, body.length), body);
  return concatBytes(content, await sha256(content));
}

/** Preamble + header for a body of `bodyLength` bytes (transfer files need it before encrypting). */
export function containerPrefix(
  kind: ContainerKind,
  header: unknown,
  bodyLength: number,
): Uint8Array<ArrayBuffer> {
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

/** Where the parts of a checked container sit in its source; the header is parsed, the body is not read. */
export interface OpenedContainer {
  /** Preamble and header bytes, as read: transfer files authenticate them as AES-GCM additional data. */
  prefix: Uint8Array<ArrayBuffer>;
  header: unknown;
  bodyOffset: number;
  bodyLength: number;
  /** The SHA-256 stored at the end, already checked against the content once. */
  hash: Uint8Array;
}

/**
 * Checks a container streamed from `source`, in the documented order: size, magic, version,
 * flags, lengths against the size, then the SHA-256 over the whole content (read a chunk at a time,
 * nothing kept), then the header JSON. The body is only hashed here; callers parse it in a later pass.
 */
export async function openContainer(
  kind: ContainerKind,
  source: ByteSource,
  onProgress?: (done: number, total: number) => void,
): Promise<OpenedContainer> {
  const notMine: BackupErrorCode = kind === 'backup' ? 'not-a-backup' : 'not-a-transfer';
  const size = source.size;
  if (size > BACKUP_LIMITS.maxFileBytes) throw new BackupError('too-large');
  const start = size === 0 ? new Uint8Array(0) : await source.read(0, Math.min(size, 128));
  if (size < 8) throw new BackupError(size === 0 ? notMine : startsLike(start, kind) ? 'truncated' : notMine);
  const magic = String.fromCharCode(...start.subarray(0, 8));
  if (magic !== MAGIC[kind]) {
    const known =
      Object.values(MAGIC).includes(magic as never) ||
      OTHER_DALILI_MAGICS.includes(magic) ||
      isDaliliJson(start);
    throw new BackupError(known ? 'wrong-kind' : notMine);
  }
  if (size < PREAMBLE_BYTES) throw new BackupError('truncated');
  const view = new DataView(start.buffer, start.byteOffset, start.byteLength);
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
  if (size < expected) throw new BackupError('truncated');
  if (size > expected) throw new BackupError('corrupted');

  const contentEnd = expected - HASH_BYTES;
  const hasher = await createIncrementalSha256();
  await new SourceCursor(source, 0, contentEnd, hasher).skipTo(contentEnd, (done) =>
    onProgress?.(done, contentEnd),
  );
  const hash = await readExactly(source, contentEnd, HASH_BYTES);
  if (!bytesEqual(hasher.digest(), hash)) throw new BackupError('corrupted');
  const prefix = await readExactly(source, 0, PREAMBLE_BYTES + headerLength);
  let header: unknown;
  try {
    header = JSON.parse(utf8Text(prefix.subarray(PREAMBLE_BYTES)));
  } catch {
    throw new BackupError('corrupted');
  }
  return { prefix, header, bodyOffset: PREAMBLE_BYTES + headerLength, bodyLength, hash };
}

/** A whole container already in memory (transfers): checked like a streamed one, body copied out. */
export async function readContainer(kind: ContainerKind, file: Uint8Array): Promise<Container> {
  const opened = await openContainer(kind, bytesSource(file));
  return {
    prefix: opened.prefix,
    header: opened.header,
    body: file.slice(opened.bodyOffset, opened.bodyOffset + opened.bodyLength),
  };
}

function readExactly(source: ByteSource, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
  return new SourceCursor(source, offset, offset + length).take(length);
}

/**
 * Writes a container to a sink piece by piece: preamble and header first (so the body length must
 * be known up front), then the body as it is pushed, then the SHA-256 of everything before it.
 * Pushes are gathered into chunks of about a megabyte, each a fresh buffer handed to the sink.
 */
export class ContainerWriter {
  private pending: Uint8Array<ArrayBuffer>;
  private used = 0;
  private bodyWritten = 0;

  private constructor(
    private readonly sink: ByteSink,
    private readonly hasher: IncrementalSha256,
    readonly bodyLength: number,
    private readonly chunkBytes: number,
  ) {
    this.pending = new Uint8Array(chunkBytes);
  }

  static async start(
    kind: ContainerKind,
    header: unknown,
    bodyLength: number,
    sink: ByteSink,
    chunkBytes = IO_CHUNK_BYTES,
  ): Promise<ContainerWriter> {
    const writer = new ContainerWriter(sink, await createIncrementalSha256(), bodyLength, chunkBytes);
    await writer.append(containerPrefix(kind, header, bodyLength));
    return writer;
  }

  async pushBody(bytes: Uint8Array): Promise<void> {
    this.bodyWritten += bytes.length;
    if (this.bodyWritten > this.bodyLength) throw new Error('container body longer than announced');
    await this.append(bytes);
  }

  async finish(): Promise<void> {
    if (this.bodyWritten !== this.bodyLength) throw new Error('container body shorter than announced');
    await this.flush();
    await this.sink.write(this.hasher.digest());
  }

  private async append(bytes: Uint8Array): Promise<void> {
    this.hasher.update(bytes);
    for (let at = 0; at < bytes.length;) {
      const n = Math.min(bytes.length - at, this.pending.length - this.used);
      this.pending.set(bytes.subarray(at, at + n), this.used);
      this.used += n;
      at += n;
      if (this.used === this.pending.length) await this.flush();
    }
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.used === this.pending.length ? this.pending : this.pending.slice(0, this.used);
    this.pending = new Uint8Array(this.chunkBytes);
    this.used = 0;
    await this.sink.write(full);
  }
}

/** Dalili's JSON exports (the directory: {"format": "dalili-directory", …}) start with a format marker. */
function isDaliliJson(start: Uint8Array): boolean {
  return /^\s*\{\s*"format"\s*:\s*"dalili-/.test(String.fromCharCode(...start.subarray(0, 128)));
}

/** A file cut inside its magic still starts like one of ours: say "truncated", not "not a backup". */
function startsLike(file: Uint8Array, kind: ContainerKind): boolean {
  return file.length > 0 && MAGIC[kind].startsWith(String.fromCharCode(...file));
}
