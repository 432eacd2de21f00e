import type { MessageKey } from '../i18n/catalog';
import type { MessageParams } from '../i18n/translate';
import { useT } from '../i18n/useT';

export type Outcome = { key: MessageKey; params?: MessageParams; tone: 'ok' | 'error' } | null;

/** The result line under each action: an alert for errors, a status otherwise. */
export function BackupMessage({ outcome, busy }: { outcome: Outcome; busy?: MessageKey | null }) {
  const { t } = useT();
  return (
    <div aria-live="polite">
      {busy && <p className="loading">{t(busy)}</p>}
      {!busy && outcome && (
        <p className={outcome.tone === 'error' ? 'error-message' : 'success-message'} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          {t(outcome.key, outcome.params)}
        </p>
      )}
    </div>
  );
}
