import { useState } from 'react';
import type { BackupProgress, OnBackupProgress } from '../../core/backup';
import type { Outcome } from './BackupMessage';
import { failureOutcome } from './backupErrorMessage';

export interface StepControls {
  onProgress: OnBackupProgress;
  /**
   * Offers "Annuler" from now on and returns the signal the core checks between chunks and batches.
   * Called once the step reaches its long part (after a file dialog, which cannot be cancelled from here).
   */
  cancellable: () => AbortSignal;
}

/**
 * One long backup step at a time (a check, an export, a restore, a merge): busy and its progress while it
 * runs, "Annuler" (`stop`) once it is cancellable, and a failure or a cancel turned into its translated
 * outcome. `stop` is undefined when there is nothing to cancel (no step running, or already cancelled:
 * the step is then unwinding to its cleanup).
 */
export function useBackupStep() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [controller, setController] = useState<AbortController | null>(null);

  /** Runs `work`; when it throws, `onFailure` runs before the failure is shown. */
  const step = async (
    work: (controls: StepControls) => Promise<void>,
    onFailure?: () => void,
  ): Promise<void> => {
    setBusy(true);
    try {
      await work({
        onProgress: setProgress,
        cancellable: () => {
          const next = new AbortController();
          setController(next);
          return next.signal;
        },
      });
    } catch (error) {
      onFailure?.();
      setOutcome(failureOutcome(error));
    } finally {
      setController(null);
      setProgress(null);
      setBusy(false);
    }
  };

  const stop = controller
    ? () => {
        controller.abort();
        setController(null);
      }
    : undefined;

  return { busy, outcome, setOutcome, progress, step, stop };
}
