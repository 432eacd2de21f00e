import { useT } from '../i18n/useT';
import { useVaultState } from './useVaultState';
import { vaultStore } from './vaultStore';

/** Locks the open notebook (same as Ctrl+Shift+L); renders nothing while it is locked. */
export function VaultLockButton() {
  const { t } = useT();
  const state = useVaultState();
  if (state.status === 'locked') return null;
  return (
    <button type="button" className="vault-lock-button" onClick={() => vaultStore.lock('user')} title={t('vault.lock.shortcut')} aria-keyshortcuts="Control+Shift+L">
      {t('vault.lock.button')}
    </button>
  );
}
