import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT';
import { NewKeyShown } from './NewKeyShown';
import { PassphraseInput } from './PassphraseInput';
import { VaultFeedback } from './VaultFeedback';
import { vaultStore } from './vaultStore';

/** "Nouvelle clé de secours": the old key stops opening the notebook at once; no record is rewritten. */
export function NewRecoveryKeyForm({ disabled }: { disabled: boolean }) {
  const { t } = useT();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [newKey, setNewKey] = useState<string | null>(null);

  if (newKey !== null)
    return (
      <NewKeyShown
        recoveryKey={newKey}
        what="vault.rekey.shown.recoveryDone"
        onDone={() => setNewKey(null)}
      />
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    setError(null);
    vaultStore.newRecoveryKey(passphrase).then(
      (key) => {
        setBusy(false);
        setPassphrase('');
        setNewKey(key);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  return (
    <form
      autoComplete="off"
      className="vault-form"
      onSubmit={submit}
      aria-labelledby="vault-rekey-recovery-heading"
    >
      <h3 id="vault-rekey-recovery-heading">{t('vault.rekey.recovery.heading')}</h3>
      <p>{t('vault.rekey.recovery.intro')}</p>
      <PassphraseInput
        id="vault-rekey-recovery-passphrase"
        label={t('vault.rekey.passphraseLabel')}
        value={passphrase}
        onChange={setPassphrase}
        disabled={busy || disabled}
      />
      <div aria-live="polite">
        <VaultFeedback error={error} busy={busy} working="vault.rekey.recovery.working" />
      </div>
      <div className="vault-actions">
        <button type="submit" disabled={!passphrase || busy || disabled}>
          {t('vault.rekey.recovery.submit')}
        </button>
      </div>
    </form>
  );
}
