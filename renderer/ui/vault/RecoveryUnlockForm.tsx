import { useState, type FormEvent } from 'react';
import type { ProfileSummary } from '../../core/vault';
import { useT } from '../i18n/useT';
import { VaultFeedback } from './VaultFeedback';
import { useUnlockAttempt } from './useUnlockAttempt';
import { vaultStore } from './vaultStore';

/** Recovery-key entry; on success the store asks for a new passphrase before showing the notebook. */
export function RecoveryUnlockForm({ profile, onBack }: { profile: ProfileSummary; onBack: () => void }) {
  const { t } = useT();
  const [key, setKey] = useState('');
  const { busy, error, seconds, run } = useUnlockAttempt(profile, 'vault-recovery-key');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim() === '') return;
    run(
      () => vaultStore.unlockWithRecoveryKey(profile, key),
      () => setKey(''),
    );
  };

  return (
    <form
      autoComplete="off"
      className="panel vault-form"
      onSubmit={submit}
      aria-labelledby="vault-recovery-unlock-heading"
    >
      <h2 id="vault-recovery-unlock-heading">{t('vault.recoveryUnlock.heading', { name: profile.name })}</h2>
      <div className="vault-field">
        <label htmlFor="vault-recovery-key">{t('vault.recoveryUnlock.keyLabel')}</label>
        <input
          id="vault-recovery-key"
          className="vault-recovery-input"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          disabled={busy}
          autoFocus
          aria-describedby={error !== null ? 'vault-recovery-error' : undefined}
        />
      </div>
      <VaultFeedback
        errorId="vault-recovery-error"
        error={error}
        seconds={seconds}
        busy={busy}
        working="vault.recoveryUnlock.working"
      />
      <div className="vault-actions">
        <button type="submit" disabled={busy || seconds > 0 || key.trim() === ''}>
          {t('vault.recoveryUnlock.submit')}
        </button>
        <button type="button" onClick={onBack} disabled={busy}>
          {t('vault.recoveryUnlock.back')}
        </button>
      </div>
    </form>
  );
}
