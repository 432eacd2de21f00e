import { useEffect, useRef } from 'react';
import type { BackupProgress } from '../../core/backup';
import type { MessageKey } from '../i18n/catalog';
import type { MessageParams } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { BackupProgressView } from './BackupProgressView';

export type Outcome = { key: MessageKey; params?: MessageParams; tone: 'ok' | 'error' } | null;

/**
 * The result line under each action: an alert for errors, a status otherwise; progress while busy,
 * with "Annuler" beside it when the step can be cancelled (outside the live region, so the button is
 * not announced with every progress update).
 */
export function BackupMessage({
  outcome,
  busy,
  progress,
  onCancel,
}: {
  outcome: Outcome;
  busy?: MessageKey | null;
  progress?: BackupProgress | null;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useT();
  const stop = useRef<HTMLButtonElement>(null);
  const cancellable = Boolean(busy && onCancel);
  // The button that started the step is disabled while it runs, which drops keyboard focus to the page:
  // hand it to "Annuler", the one thing left to do here. Focus elsewhere (the person moved on) is left alone.
  useEffect(() => {
    const active = document.activeElement;
    if (
      cancellable &&
      (active === null ||
        active === document.body ||
        (active instanceof HTMLButtonElement && active.disabled))
    ) {
      stop.current?.focus();
    }
  }, [cancellable]);
  return (
    <div className={busy && onCancel ? 'backup-message cancellable' : 'backup-message'}>
      <div aria-live="polite" className="backup-message-live">
        {busy && progress && <BackupProgressView progress={progress} />}
        {busy && !progress && <p className="loading">{t(busy)}</p>}
        {!busy && outcome && (
          <p
            className={outcome.tone === 'error' ? 'error-message' : 'success-message'}
            role={outcome.tone === 'error' ? 'alert' : 'status'}
          >
            {t(outcome.key, outcome.params)}
          </p>
        )}
      </div>
      {busy && onCancel && (
        <button type="button" className="secondary backup-stop" onClick={onCancel} ref={stop}>
          {t('backup.cancel')}
        </button>
      )}
    </div>
  );
}
