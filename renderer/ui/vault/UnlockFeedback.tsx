import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { vaultErrorMessage } from './vaultErrorMessage';

/** What an unlock attempt says back: the error, the wait before the next try, the work under way. */
export function UnlockFeedback({ errorId, error, seconds, busy, working }: { errorId: string; error: unknown; seconds: number; busy: boolean; working: MessageKey }) {
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
