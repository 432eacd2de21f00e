import { useState, type FormEvent } from 'react';
import type { ProfileSummary } from '../../core/vault/profileRegistry';
import { useT } from '../i18n/useT';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { vaultErrorMessage } from './vaultErrorMessage';
import { vaultStore } from './vaultStore';

/** After a recovery-key unlock: the notebook stays hidden until a new passphrase is saved. */
export function NewPassphraseForm({ profile }: { profile: ProfileSummary }) {
  const { t } = useT();
  const secret = useNewPassphrase([profile.name]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!secret.ready || busy) return;
    setBusy(true);
    setError(null);
    vaultStore.setNewPassphrase(secret.passphrase).then(
      () => secret.clear(),
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  return (
    <form className="panel vault-form" onSubmit={submit} aria-labelledby="vault-new-passphrase-heading">
      <h2 id="vault-new-passphrase-heading">{t('vault.newPassphrase.heading')}</h2>
      <p>{t('vault.newPassphrase.intro')}</p>
      <NewPassphraseFields idPrefix="vault-new" value={secret} disabled={busy} autoFocus />
      {error !== null && (
        <p className="error-message" role="alert">
          {t(vaultErrorMessage(error))}
        </p>
      )}
      {busy && (
        <p className="loading" role="status">
          {t('vault.newPassphrase.working')}
        </p>
      )}
      <div className="vault-actions">
        <button type="submit" disabled={!secret.ready || busy}>
          {t('vault.newPassphrase.submit')}
        </button>
      </div>
    </form>
  );
}
