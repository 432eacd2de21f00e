import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/useT';
import { AUTO_LOCK_CHOICES, type AutoLockMinutes } from './autoLockPreference';
import { vaultStore } from './vaultStore';

/** For the Settings page: idle time before the notebook locks itself (default 5 minutes). */
export function AutoLockSetting() {
  const { t } = useT();
  const minutes = useSyncExternalStore(vaultStore.subscribe, () => vaultStore.autoLockMinutes);
  return (
    <div className="vault-field">
      <label htmlFor="vault-auto-lock">{t('vault.autoLock.label')}</label>
      <select
        id="vault-auto-lock"
        value={minutes}
        onChange={(e) => vaultStore.setAutoLockMinutes(Number(e.target.value) as AutoLockMinutes)}
        aria-describedby="vault-auto-lock-help"
      >
        {AUTO_LOCK_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t('vault.autoLock.minutes', { minutes: choice })}
          </option>
        ))}
      </select>
      <p id="vault-auto-lock-help" className="help">
        {t('vault.autoLock.help')}
      </p>
    </div>
  );
}
