import { useState } from 'react';
import { BACKUP_LIMITS } from '../../core/backup/backupLimits';
import type { FileFilter } from '../../core/platform/platform';
import { usePlatform } from '../shell/usePlatform';
import type { Outcome } from './BackupMessage';
import { backupErrorMessage, openFailureMessage } from './backupErrorMessage';

export interface PickedFile<T> {
  bytes: Uint8Array;
  preview: T;
}

/**
 * Choose a file, check it with `inspect` (which throws BackupError), keep it for confirmation.
 * Nothing is written until the caller's confirm step; a refusal becomes a translated message.
 */
export function useBackupFile<T>(filters: FileFilter[], inspect: (bytes: Uint8Array) => Promise<T>) {
  const platform = usePlatform();
  const [picked, setPicked] = useState<PickedFile<T> | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setOutcome(null);
    setPicked(null);
    setBusy(true);
    try {
      const file = await platform.openFile(filters, BACKUP_LIMITS.maxFileBytes);
      if (!file.opened) {
        if (file.reason !== 'cancelled') setOutcome({ key: openFailureMessage(file.reason), tone: 'error' });
        return;
      }
      setPicked({ bytes: file.data, preview: await inspect(file.data) });
    } catch (error) {
      setOutcome({ key: backupErrorMessage(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  /** Runs the write; clears the picked file whatever happens, so a second click cannot repeat it. */
  const run = async (work: (bytes: Uint8Array, preview: T) => Promise<Outcome>) => {
    if (picked === null) return;
    setBusy(true);
    try {
      setOutcome(await work(picked.bytes, picked.preview));
      setPicked(null);
    } catch (error) {
      setOutcome({ key: backupErrorMessage(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return { picked, outcome, busy, choose, run, cancel: () => setPicked(null), setOutcome };
}
