import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT';
import { NewPassphraseFields } from './NewPassphraseFields';
import { PassphraseInput } from './PassphraseInput';
import { useNewPassphrase } from './useNewPassphrase';
import { useVaultState } from './useVaultState';
import { vaultErrorMessage } from './vaultErrorMessage';
import { vaultStore } from './vaultStore';
import './vault.css';

/** Settings: a new passphrase for the open notebook. Only the key wrap changes, never the records. */
export function ChangePassphraseForm() {
  const { t } = useT();
  const state = useVaultState();
  const profileName = state.status === 'open' ? state.profile.name : '';
  const secret = useNewPassphrase([profileName]);
  const [current, setCurrent] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ error: unknown } | 'done' | null>(null);

  if (state.status !== 'open') return <p className="help">{t('vault.change.closed')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!secret.ready || !current || busy) return;
    setBusy(true);
    setOutcome(null);
    vaultStore.changePassphrase(current, secret.passphrase).then(
      () => {
        setBusy(false);
        setCurrent('');
        secret.clear();
        setOutcome('done');
      },
      (error: unknown) => {
        setBusy(false);
        setOutcome({ error });
      },
    );
  };

  return (
    <form autoComplete="off" className="vault-form" onSubmit={submit} aria-labelledby="vault-change-heading">
      <h2 id="vault-change-heading">{t('vault.change.heading')}</h2>
      <p>{t('vault.change.intro', { name: profileName })}</p>
      <PassphraseInput
        id="vault-change-current"
        label={t('vault.change.currentLabel')}
        value={current}
        onChange={setCurrent}
        disabled={busy}
      />
      <NewPassphraseFields idPrefix="vault-change" value={secret} disabled={busy} />
      <div aria-live="polite">
        {busy && <p className="loading">{t('vault.newPassphrase.working')}</p>}
        {outcome === 'done' && <p className="success-message">{t('vault.change.done')}</p>}
        {outcome !== null && outcome !== 'done' && (
          <p className="error-message" role="alert">
            {t(vaultErrorMessage(outcome.error))}
          </p>
        )}
      </div>
      <div className="vault-actions">
        <button type="submit" disabled={!secret.ready || !current || busy}>
          {t('vault.change.submit')}
        </button>
      </div>
    </form>
  );
}
