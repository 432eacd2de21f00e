import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/useT';
import { vaultStatusSignal } from '../vault/vaultStatusSignal';

/** The lock button in the banner, on every page while a notebook is open (Ctrl+Shift+L does the same). */
export function BannerLockButton() {
  const { t } = useT();
  const open = useSyncExternalStore(vaultStatusSignal.subscribe, vaultStatusSignal.isOpen);
  if (!open) return null;
  return (
    <button
      type="button"
      className="banner-lock-button"
      onClick={() => vaultStatusSignal.requestLock()}
      title={t('vault.lock.shortcut')}
      aria-keyshortcuts="Control+Shift+L"
    >
      {t('vault.lock.button')}
    </button>
  );
}
