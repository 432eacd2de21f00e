import { useState, type FormEvent } from 'react';
import type { ProfileSummary } from '../../core/vault';
import { useT } from '../i18n/useT';
import { eraseNotebook } from './eraseNotebook';

/**
 * « Effacer ce carnet » : what goes, that only a backup brings it back, and a word to type, so a
 * slip of the mouse cannot erase months of work. Reached from the unlock screen, notebook closed.
 */
export function EraseNotebookForm({
  profile,
  onErased,
  onCancel,
}: {
  profile: ProfileSummary;
  onErased: () => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const word = t('vault.erase.word');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<'mismatch' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim().toLocaleUpperCase() !== word.toLocaleUpperCase()) {
      setProblem('mismatch');
      document.getElementById('vault-erase-word')?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    eraseNotebook(profile.id).then(onErased, () => {
      setBusy(false);
      setProblem('failed');
    });
  };

  return (
    <form
      className="panel vault-form vault-erase"
      onSubmit={submit}
      aria-labelledby="vault-erase-heading"
      autoComplete="off"
      noValidate
    >
      <h2 id="vault-erase-heading">{t('vault.erase.heading', { name: profile.name })}</h2>
      <p>{t('vault.erase.what')}</p>
      <p className="warning">{t('vault.erase.backups')}</p>
      <p className="help">{t('vault.erase.traces')}</p>
      <label htmlFor="vault-erase-word">{t('vault.erase.label', { word })}</label>
      <input
        id="vault-erase-word"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        disabled={busy}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        {...(problem !== null ? { 'aria-invalid': true, 'aria-describedby': 'vault-erase-error' } : {})}
      />
      {problem !== null && (
        <p id="vault-erase-error" className="error-message" role="alert">
          {t(problem === 'mismatch' ? 'vault.erase.mismatch' : 'vault.erase.failed', { word })}
        </p>
      )}
      {busy && (
        <p className="loading" role="status">
          {t('vault.erase.working')}
        </p>
      )}
      <div className="vault-actions">
        <button type="submit" className="danger-button" disabled={busy}>
          {t('vault.erase.submit')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('vault.erase.cancel')}
        </button>
      </div>
    </form>
  );
}
