import { BackupError } from './backupError';
import type { ByteSource } from './byteStream';

/**
 * Cancelling a long backup step: the UI's AbortSignal is checked between batches and chunks, and a
 * cancel is thrown as BackupError('cancelled') so it takes the same failure path as any refusal
 * (writer aborted, new database deleted, staging cleared). Nothing is interrupted mid-transaction.
 */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BackupError('cancelled');
}

/**
 * A source that refuses to read once cancelled: every pass over a file (hash, frames, rows) reads
 * it a chunk at a time, so a cancel is noticed within one chunk without each pass knowing of it.
 */
export function cancellableSource(source: ByteSource, signal: AbortSignal | undefined): ByteSource {
  if (signal === undefined) return source;
  return {
    size: source.size,
    read: (offset, length) => {
      throwIfCancelled(signal);
      return source.read(offset, length);
    },
  };
}
