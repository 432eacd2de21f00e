import type { BackupProgress } from '../../core/backup/backupProgress';
import type { MessageKey } from '../i18n/catalog';
import type { MessageParams } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { BackupProgressView } from './BackupProgressView';

export type Outcome = { key: MessageKey; params?: MessageParams; tone: 'ok' | 'error' } | null;

/** The result line under each action: an alert for errors, a status otherwise; progress while busy. */
export function BackupMessage({ outcome, busy, progress }: { outcome: Outcome; busy?: MessageKey | null; progress?: BackupProgress | null }) {
  const { t } = useT();
  return (
    <div aria-live="polite">
      {busy && progress && <BackupProgressView progress={progress} />}
      {busy && !progress && <p className="loading">{t(busy)}</p>}
      {!busy && outcome && (
        <p className={outcome.tone === 'error' ? 'error-message' : 'success-message'} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          {t(outcome.key, outcome.params)}
        </p>
      )}
    </div>
  );
}
