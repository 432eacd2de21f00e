import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';

/** A new recovery key after a re-key: shown once, printable, kept on screen until the person says it is kept. */
export function NewKeyShown({
  recoveryKey,
  what,
  onDone,
}: {
  recoveryKey: string;
  what: MessageKey;
  onDone: () => void;
}) {
  const { t } = useT();
  const platform = usePlatform();
  const [confirmed, setConfirmed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The key replaces the form the person was using: bring their attention (and a screen reader) to it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="vault-recovery-sheet vault-rekey-shown" aria-labelledby="vault-rekey-shown-heading">
      <h3 id="vault-rekey-shown-heading" ref={heading} tabIndex={-1}>
        {t('vault.rekey.shown.heading')}
      </h3>
      <p className="success-message" role="status">
        {t(what)}
      </p>
      <p className="vault-recovery-key" aria-label={t('vault.recovery.keyLabel')}>
        {recoveryKey.split('-').map((group, index) => (
          <span key={index}>{group}</span>
        ))}
      </p>
      <p className="warning">{t('vault.recovery.advice')}</p>
      <div className="vault-actions vault-no-print">
        <button type="button" onClick={() => void platform.printToPdf('cle-de-secours.pdf')}>
          {t('vault.recovery.print')}
        </button>
      </div>
      <label className="vault-confirm vault-no-print">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        {t('vault.recovery.confirm')}
      </label>
      <div className="vault-actions vault-no-print">
        <button type="button" disabled={!confirmed} onClick={onDone}>
          {t('vault.rekey.shown.done')}
        </button>
      </div>
    </div>
  );
}
