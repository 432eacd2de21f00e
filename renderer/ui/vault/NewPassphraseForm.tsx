import type { ProfileSummary } from '../../core/vault';
import { useT } from '../i18n/useT';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { VaultFeedback } from './VaultFeedback';
import { useNewPassphraseSubmit } from './useNewPassphraseSubmit';
import { vaultStore } from './vaultStore';

/** After a recovery-key unlock: the notebook stays hidden until a new passphrase is saved. */
export function NewPassphraseForm({ profile }: { profile: ProfileSummary }) {
  const { t } = useT();
  const secret = useNewPassphrase([profile.name]);
  const { busy, error, submit } = useNewPassphraseSubmit(secret, (passphrase) =>
    vaultStore.setNewPassphrase(passphrase),
  );

  return (
    <form
      autoComplete="off"
      className="panel vault-form"
      onSubmit={submit}
      aria-labelledby="vault-new-passphrase-heading"
    >
      <h2 id="vault-new-passphrase-heading">{t('vault.newPassphrase.heading')}</h2>
      <p>{t('vault.newPassphrase.intro')}</p>
      <NewPassphraseFields idPrefix="vault-new" value={secret} disabled={busy} autoFocus />
      <VaultFeedback error={error} busy={busy} working="vault.newPassphrase.working" />
      <div className="vault-actions">
        <button type="submit" disabled={!secret.ready || busy}>
          {t('vault.newPassphrase.submit')}
        </button>
      </div>
    </form>
  );
}
