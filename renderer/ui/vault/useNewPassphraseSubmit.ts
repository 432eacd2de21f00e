import { useState, type FormEvent } from 'react';
import type { NewPassphrase } from './useNewPassphrase';

/**
 * Submits a new passphrase to `save` (create a notebook, or replace the passphrase after a recovery-key
 * unlock): busy while it runs, the failure kept for the form to show. On success the fields are cleared;
 * the vault then moves on and this form is replaced, so busy stays on until it goes.
 */
export function useNewPassphraseSubmit(
  secret: NewPassphrase,
  save: (passphrase: string) => Promise<unknown>,
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!secret.ready || busy) return;
    setBusy(true);
    setError(null);
    save(secret.passphrase).then(
      () => secret.clear(),
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  return { busy, error, submit };
}
