import { useEffect, useRef, useState } from 'react';
import { BACKUP_LIMITS, type OnBackupProgress } from '../../core/backup';
import type { ChunkReader, FileFilter } from '../../core/platform';
import { usePlatform } from '../shell/usePlatform';
import type { Outcome } from './BackupMessage';
import { openFailureMessage } from './backupErrorMessage';
import { useBackupStep } from './useBackupStep';

export interface PickedFile<T> {
  reader: ChunkReader;
  preview: T;
}

/**
 * Choose a file, check it with `inspect` (which throws BackupError), keep it open for confirmation.
 * The file is read a chunk at a time, never whole; it stays open until the work is done, the person
 * cancels, or the section goes away. Nothing is written until the caller's confirm step; a refusal
 * becomes a translated message. Checking and writing can be cancelled (`stop`) between chunks and
 * batches; a cancel is a calm message, and the file stays chosen after a cancelled write.
 */
export function useBackupFile<T>(
  filters: FileFilter[],
  inspect: (reader: ChunkReader, onProgress: OnBackupProgress, signal: AbortSignal) => Promise<T>,
) {
  const platform = usePlatform();
  const [picked, setPicked] = useState<PickedFile<T> | null>(null);
  const open = useRef<ChunkReader | null>(null);
  const { busy, outcome, setOutcome, progress, step, stop } = useBackupStep();

  const release = () => {
    void open.current?.close().catch(() => undefined);
    open.current = null;
  };
  useEffect(() => release, []);

  const choose = async () => {
    setOutcome(null);
    setPicked(null);
    release();
    await step(async ({ onProgress, cancellable }) => {
      const file = await platform.openFileReader(filters, BACKUP_LIMITS.maxFileBytes);
      if (!file.opened) {
        if (file.reason !== 'cancelled') setOutcome({ key: openFailureMessage(file.reason), tone: 'error' });
        return;
      }
      open.current = file.reader;
      setPicked({ reader: file.reader, preview: await inspect(file.reader, onProgress, cancellable()) });
    }, release);
  };

  /**
   * Runs the write. On success the file is closed and forgotten, so a second click cannot repeat
   * it; on a refusal it stays, so the person can correct their input (a name, a mistyped code).
   */
  const run = async (
    work: (
      reader: ChunkReader,
      preview: T,
      onProgress: OnBackupProgress,
      signal: AbortSignal,
    ) => Promise<Outcome>,
  ) => {
    if (picked === null) return;
    await step(async ({ onProgress, cancellable }) => {
      setOutcome(await work(picked.reader, picked.preview, onProgress, cancellable()));
      setPicked(null);
      release();
    });
  };

  /**
   * A look at the chosen file that writes nothing (a transfer's preview): the file stays chosen
   * whether it succeeds or is refused, so the person can confirm, or correct a mistyped code.
   */
  const peek = async <R>(work: (reader: ChunkReader, preview: T) => Promise<R>): Promise<R | null> => {
    if (picked === null) return null;
    let result: R | null = null;
    setOutcome(null);
    await step(async () => {
      result = await work(picked.reader, picked.preview);
    });
    return result;
  };

  const cancel = () => {
    setPicked(null);
    release();
  };

  return { picked, outcome, busy, progress, choose, run, peek, cancel, stop, setOutcome };
}
