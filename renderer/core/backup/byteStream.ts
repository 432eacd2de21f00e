/**
 * What backups read from and write to, one piece at a time: a file on disk behind the bridge, a
 * browser File or download, or (tests, small files) bytes in memory. A backup is never held whole.
 */
export interface ByteSource {
  readonly size: number;
  /** Exactly `length` bytes from `offset` (fewer only at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface ByteSink {
  /** The sink may keep `chunk`: callers never reuse a buffer after handing it over. */
  write(chunk: Uint8Array): Promise<void>;
}

/** Bytes already in memory as a source (transfers, tests, the whole-file helpers). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) =>
      Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
  };
}

/** A sink that keeps every chunk, for the whole-file helpers: the bytes end up in memory anyway. */
export function collectingSink(): ByteSink & { bytes(): Uint8Array<ArrayBuffer> } {
  const chunks: Uint8Array[] = [];
  let length = 0;
  return {
    write: (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
      return Promise.resolve();
    },
    bytes: () => {
      const out = new Uint8Array(length);
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
      }
      return out;
    },
  };
}

/** The whole source as one buffer, for whole-file formats (transfers). Callers cap the size first. */
export async function readAll(source: ByteSource): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Uint8Array(source.size);
  for (let at = 0; at < source.size;) {
    const piece = await source.read(at, Math.min(IO_CHUNK_BYTES, source.size - at));
    if (piece.length === 0) break;
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** Size of each read and write: large enough that a bridge round trip costs little, small next to memory. */
export const IO_CHUNK_BYTES = 1024 * 1024;
