import type { ByteSink, ByteSource } from '../../../renderer/core/backup/byteStream';
import { concatBytes } from '../../../renderer/core/text';

/**
 * A file in memory, read the way the platform reads one: piece by piece, never more than
 * `maxRead` bytes an answer (tests pass 1 KiB to exercise every seam between chunks). Counts reads.
 */
export function sourceOf(
  bytes: Uint8Array,
  maxRead = Number.POSITIVE_INFINITY,
): ByteSource & { reads: number } {
  const source = {
    size: bytes.length,
    reads: 0,
    read: (offset: number, length: number) => {
      source.reads++;
      return Promise.resolve(bytes.slice(offset, Math.min(bytes.length, offset + length, offset + maxRead)));
    },
  };
  return source;
}

/** A file writer in memory, like the platform's: chunks kept until commit, thrown away by abort. */
export function memoryWriter() {
  const chunks: Uint8Array[] = [];
  const state = { committed: false, aborted: false, writes: 0, largestWrite: 0 };
  const writer: ByteSink & { commit(): Promise<{ saved: true; fileName: string }>; abort(): Promise<void> } =
    {
      write: (chunk) => {
        if (state.committed || state.aborted) return Promise.reject(new Error('writer closed'));
        state.writes++;
        state.largestWrite = Math.max(state.largestWrite, chunk.length);
        chunks.push(chunk);
        return Promise.resolve();
      },
      commit: () => {
        state.committed = true;
        return Promise.resolve({ saved: true, fileName: 'test.dalili-backup' });
      },
      abort: () => {
        state.aborted = true;
        chunks.length = 0;
        return Promise.resolve();
      },
    };
  const bytes = () => concatBytes(...chunks);
  return { writer, state, bytes };
}
