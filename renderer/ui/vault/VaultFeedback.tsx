import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { vaultErrorMessage } from './vaultErrorMessage';

/**
 * What a vault form says back: the refusal (an alert, with `errorId` for the field that points to it),
 * the wait before the next unlock try, the slow key derivation under way.
 */
export function VaultFeedback({
  errorId,
  error,
  seconds = 0,
  busy,
  working,
}: {
  errorId?: string;
  error: unknown;
  seconds?: number;
  busy: boolean;
  working: MessageKey;
}) {
  const { t } = useT();
  return (
    <>
      {error !== null && (
        <p id={errorId} className="error-message" role="alert">
          {t(vaultErrorMessage(error))}
        </p>
      )}
      {seconds > 0 && (
        <p className="warning" role="status">
          {t('vault.unlock.retryIn', { seconds })}
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
