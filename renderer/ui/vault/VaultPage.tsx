import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { usePlatform } from '../shell/usePlatform';
import { LockedVault } from './LockedVault';
import { NewPassphraseForm } from './NewPassphraseForm';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { useVaultState } from './useVaultState';
import { vaultStore } from './vaultStore';
import './vault.css';

/**
 * The Dossiers page: the notebook's gate. `children` (the case notebook) render only while a
 * notebook is open; locking swaps them out at once, so no case data stays on screen.
 */
export function VaultPage({ children }: { children?: ReactNode }) {
  const { t } = useT();
  const platform = usePlatform();
  const state = useVaultState();
  useEffect(() => vaultStore.setPlatform(platform), [platform]);
  return (
    <section className="page vault-page">
      <div className="vault-heading">
        <PageHeading>{t('pages.cases.title')}</PageHeading>
      </div>
      {state.status === 'locked' && <LockedVault lastLock={state.lastLock} />}
      {state.status === 'showing-recovery-key' && <RecoveryKeySheet recoveryKey={state.recoveryKey} />}
      {state.status === 'needs-new-passphrase' && <NewPassphraseForm profile={state.profile} />}
      {state.status === 'open' && (
        <>
          <p className="notice" role="status">
            {t('vault.open.status', { name: state.profile.name })}
          </p>
          {state.viaRecovery && (
            <p className="warning">
              {t('vault.rekey.afterRecovery')}{' '}
              <a href="#/parametres/cles">{t('vault.rekey.afterRecoveryLink')}</a>
            </p>
          )}
          {children ?? <p>{t('vault.open.empty')}</p>}
        </>
      )}
    </section>
  );
}
