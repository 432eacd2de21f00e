import { useState, type FormEvent } from 'react';
import type { ProfileSummary } from '../../core/vault';
import { useT } from '../i18n/useT';
import { PassphraseInput } from './PassphraseInput';
import { VaultFeedback } from './VaultFeedback';
import { useUnlockAttempt } from './useUnlockAttempt';
import { vaultStore } from './vaultStore';

/** Passphrase entry. After a wrong passphrase: the message, then a countdown before the next try. */
export function UnlockForm({
  profile,
  onRecovery,
  onBack,
  onErase,
}: {
  profile: ProfileSummary;
  onRecovery: () => void;
  onBack: () => void;
  /** « Effacer ce carnet » (issue 18): offered here, where the notebook is chosen but closed. */
  onErase: () => void;
}) {
  const { t } = useT();
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, seconds, run } = useUnlockAttempt(profile, 'vault-unlock-passphrase');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '') return;
    run(
      () => vaultStore.unlock(profile, passphrase),
      () => setPassphrase(''),
    );
  };

  return (
    <form
      autoComplete="off"
      className="panel vault-form"
      onSubmit={submit}
      aria-labelledby="vault-unlock-heading"
    >
      <h2 id="vault-unlock-heading">{t('vault.unlock.heading', { name: profile.name })}</h2>
      <PassphraseInput
        id="vault-unlock-passphrase"
        label={t('vault.passphrase.label')}
        value={passphrase}
        onChange={setPassphrase}
        disabled={busy}
        autoFocus
        describedBy={error !== null ? 'vault-unlock-error' : undefined}
      />
      <VaultFeedback
        errorId="vault-unlock-error"
        error={error}
        seconds={seconds}
        busy={busy}
        working="vault.unlock.working"
      />
      <div className="vault-actions">
        <button type="submit" disabled={busy || seconds > 0 || passphrase === ''}>
          {t('vault.unlock.submit')}
        </button>
      </div>
      <div className="vault-links">
        <button type="button" className="link-button" onClick={onRecovery} disabled={busy}>
          {t('vault.unlock.forgot')}
        </button>
        <button type="button" className="link-button" onClick={onBack} disabled={busy}>
          {t('vault.unlock.otherProfile')}
        </button>
        <button type="button" className="link-button" onClick={onErase} disabled={busy}>
          {t('vault.erase.open')}
        </button>
      </div>
    </form>
  );
}
