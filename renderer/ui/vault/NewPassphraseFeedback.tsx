import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { vaultErrorMessage } from './vaultErrorMessage';

/** Under a new-passphrase form: the refusal as an alert, or the slow key derivation as a status. */
export function NewPassphraseFeedback({ error, busy, working }: { error: unknown; busy: boolean; working: MessageKey }) {
  const { t } = useT();
  return (
    <>
      {error !== null && (
        <p className="error-message" role="alert">
          {t(vaultErrorMessage(error))}
        </p>
      )}
      {busy && (
        <p className="loading" role="status">
          {t(working)}
        </p>
      )}
    </>
  );
}
