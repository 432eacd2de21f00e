import { useState } from 'react';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { vaultStore } from './vaultStore';

/** Shown once, right after creation. The notebook opens only after the person confirms they kept the key. */
export function RecoveryKeySheet({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useT();
  const platform = usePlatform();
  const [confirmed, setConfirmed] = useState(false);
  const groups = recoveryKey.split('-');
  return (
    <div className="panel vault-recovery-sheet" aria-labelledby="vault-recovery-heading">
      <h2 id="vault-recovery-heading">{t('vault.recovery.heading')}</h2>
      <p>{t('vault.recovery.intro')}</p>
      <p className="vault-recovery-key" aria-label={t('vault.recovery.keyLabel')}>
        {groups.map((group, index) => (
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
        <button type="button" disabled={!confirmed} onClick={() => vaultStore.confirmRecoveryKeySeen()}>
          {t('vault.recovery.continue')}
        </button>
      </div>
    </div>
  );
}
