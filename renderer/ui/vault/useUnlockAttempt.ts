import { useEffect, useState } from 'react';
import type { ProfileSummary } from '../../core/vault';
import { useCountdown } from './useCountdown';
import { vaultStore } from './vaultStore';

export interface UnlockAttempt {
  busy: boolean;
  error: unknown;
  /** Seconds before the next try is allowed (the store's growing delay after a failure). */
  seconds: number;
  /** Runs one attempt unless one is under way or the delay is running; `onSuccess` clears the secret. */
  run: (attempt: () => Promise<void>, onSuccess: () => void) => void;
}

/**
 * The shared state of an unlock form, by passphrase or by recovery key. `fieldId` is the secret's
 * field: it is disabled while the key is derived, which drops the focus; after a refusal the focus
 * goes back to it, so the person can retype at once.
 */
export function useUnlockAttempt(profile: ProfileSummary, fieldId: string): UnlockAttempt {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [failures, setFailures] = useState(0);
  useEffect(() => {
    if (failures > 0) document.getElementById(fieldId)?.focus();
  }, [failures, fieldId]);
  const [retryAt, setRetryAt] = useState(() => Date.now() + vaultStore.service.retryAfterMs(profile.id));
  const seconds = useCountdown(retryAt);
  const run = (attempt: () => Promise<void>, onSuccess: () => void) => {
    if (busy || seconds > 0) return;
    setBusy(true);
    setError(null);
    attempt().then(onSuccess, (failure: unknown) => {
      setBusy(false);
      setError(failure);
      setFailures((n) => n + 1);
      setRetryAt(Date.now() + vaultStore.service.retryAfterMs(profile.id));
    });
  };
  return { busy, error, seconds, run };
}
