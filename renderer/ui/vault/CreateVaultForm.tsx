import { useState } from 'react';
import { useT } from '../i18n/useT';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { VaultFeedback } from './VaultFeedback';
import { useNewPassphraseSubmit } from './useNewPassphraseSubmit';
import { vaultStore } from './vaultStore';

/** Step 1 of the wizard: a non-identifying name and a strong passphrase. Step 2 is RecoveryKeySheet. */
export function CreateVaultForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useT();
  const [name, setName] = useState('');
  const secret = useNewPassphrase([name]);
  const { busy, error, submit } = useNewPassphraseSubmit(secret, (passphrase) =>
    vaultStore.create(name, passphrase),
  );

  return (
    <form
      autoComplete="off"
      className="panel vault-form"
      onSubmit={submit}
      aria-labelledby="vault-create-heading"
    >
      <h2 id="vault-create-heading">{t('vault.create.heading')}</h2>
      <div className="vault-field">
        <label htmlFor="vault-create-name">{t('vault.create.nameLabel')}</label>
        <input
          id="vault-create-name"
          value={name}
          maxLength={40}
          onChange={(e) => setName(e.target.value)}
          aria-describedby="vault-create-name-help"
          autoComplete="off"
          disabled={busy}
          autoFocus
        />
        <p id="vault-create-name-help" className="help">
          {t('vault.create.nameHelp')}
        </p>
      </div>
      <NewPassphraseFields idPrefix="vault-create" value={secret} disabled={busy} />
      <VaultFeedback error={error} busy={busy} working="vault.create.working" />
      <div className="vault-actions">
        <button type="submit" disabled={!secret.ready || name.trim() === '' || busy}>
          {t('vault.create.submit')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('vault.create.cancel')}
        </button>
      </div>
    </form>
  );
}
