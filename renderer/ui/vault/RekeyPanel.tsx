import { useT } from '../i18n/useT';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm';
import { ReencryptForm } from './ReencryptForm';
import { useRekeyJob } from './rekeyJob';
import { useVaultState } from './useVaultState';

/** Settings → "Clé de secours et chiffrement": what to do when a secret may have leaked (issue 18, point 5). */
export function RekeyPanel() {
  const { t } = useT();
  const state = useVaultState();
  const job = useRekeyJob();
  return (
    <div className="panel vault-rekey" aria-labelledby="rekey-title">
      <h2 id="rekey-title">{t('vault.rekey.heading')}</h2>
      {state.status !== 'open' ? (
        <p className="help">{t('vault.rekey.closed')}</p>
      ) : (
        <>
          <p>{t('vault.rekey.intro')}</p>
          <p className="notice">{t('vault.rekey.backups')}</p>
          <NewRecoveryKeyForm disabled={job.status === 'running'} />
          <ReencryptForm />
        </>
      )}
    </div>
  );
}
