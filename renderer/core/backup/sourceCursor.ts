import { BackupError } from './backupError';
import { IO_CHUNK_BYTES, type ByteSource } from './byteStream';

/** What the cursor feeds every byte it loads to, in file order (an incremental SHA-256). */
export interface ByteObserver {
  update(bytes: Uint8Array): unknown;
}

/**
 * Reads a source front to back in chunks of about a megabyte, handing out exactly the pieces a
 * parser asks for. Memory: one chunk, plus a piece larger than a chunk only while it is handed out.
 * Each loaded byte goes to `observer` once, in order, so a pass can hash what it parses.
 */
export class SourceCursor {
  private chunk: Uint8Array = new Uint8Array(0);
  private chunkAt = 0;
  private loaded: number;

  constructor(
    private readonly source: ByteSource,
    start: number,
    /** Never loads past this offset (the file's hash is not part of what it hashes). */
    private readonly end: number,
    private readonly observer?: ByteObserver,
  ) {
    this.loaded = start;
  }

  /** File offset of the next byte handed out. */
  get position(): number {
    return this.loaded - (this.chunk.length - this.chunkAt);
  }

  /** `n` bytes as a view that is valid only until the next call (for small fields parsed at once). */
  async peekTake(n: number): Promise<Uint8Array> {
    if (this.chunk.length - this.chunkAt < n && n <= IO_CHUNK_BYTES) await this.refill(n);
    if (this.chunk.length - this.chunkAt >= n) {
      const view = this.chunk.subarray(this.chunkAt, this.chunkAt + n);
      this.chunkAt += n;
      return view;
    }
    return this.take(n);
  }

  /** `n` bytes the caller owns (row fields stored in IndexedDB must not share a chunk's buffer). */
  async take(n: number): Promise<Uint8Array<ArrayBuffer>> {
    const out = new Uint8Array(n);
    const buffered = Math.min(n, this.chunk.length - this.chunkAt);
    out.set(this.chunk.subarray(this.chunkAt, this.chunkAt + buffered));
    this.chunkAt += buffered;
    for (let at = buffered; at < n;) {
      if (n - at < IO_CHUNK_BYTES) {
        await this.refill(n - at);
        const rest = n - at;
        out.set(this.chunk.subarray(0, rest), at);
        this.chunkAt = rest;
        at = n;
      } else {
        const piece = await this.load(IO_CHUNK_BYTES);
        out.set(piece, at);
        at += piece.length;
      }
    }
    return out;
  }

  /** Loads (and observes) everything up to `end` without handing it out: a hash-only pass. */
  async skipTo(end: number, onChunk?: (position: number) => void): Promise<void> {
    this.chunk = new Uint8Array(0);
    this.chunkAt = 0;
    while (this.loaded < end) {
      await this.load(Math.min(IO_CHUNK_BYTES, end - this.loaded));
      onChunk?.(this.loaded);
    }
  }

  /** Keeps what is left of the chunk and appends a new one holding at least `need` bytes in all. */
  private async refill(need: number): Promise<void> {
    const left = this.chunk.subarray(this.chunkAt);
    const piece = await this.load(Math.max(IO_CHUNK_BYTES, need - left.length));
    const next = new Uint8Array(left.length + piece.length);
    next.set(left);
    next.set(piece, left.length);
    this.chunk = next;
    this.chunkAt = 0;
    if (next.length < need) throw new BackupError('truncated');
  }

  private async load(length: number): Promise<Uint8Array> {
    const wanted = Math.min(length, this.end - this.loaded);
    if (wanted <= 0) throw new BackupError('truncated');
    let piece = await this.source.read(this.loaded, wanted);
    // A source may answer in smaller pieces than asked; an empty answer means the file got shorter
    // than it said (a stick pulled out, a file cut while being read).
    while (piece.length < wanted) {
      const more = await this.source.read(this.loaded + piece.length, wanted - piece.length);
      if (more.length === 0) throw new BackupError('truncated');
      const joined = new Uint8Array(piece.length + more.length);
      joined.set(piece);
      joined.set(more, piece.length);
      piece = joined;
    }
    this.observer?.update(piece);
    this.loaded += piece.length;
    return piece;
  }
}
