import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT';
import { NewKeyShown } from './NewKeyShown';
import { PassphraseInput } from './PassphraseInput';
import { rekeyJob, useRekeyJob } from './rekeyJob';
import { vaultErrorMessage } from './vaultErrorMessage';
import { vaultStore } from './vaultStore';

/**
 * "Rechiffrer le carnet": progress while it runs (the person may keep working or leave the page),
 * Annuler until the last step, and after a crash or a closed window the choice to resume it (with
 * the passphrase) or to throw it away. The new recovery key is shown once at the end.
 */
export function ReencryptForm() {
  const { t } = useT();
  const job = useRekeyJob();
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState(false);
  const [discarded, setDiscarded] = useState(false);

  useEffect(() => {
    if (job.status === 'running') return;
    let live = true;
    void vaultStore.reencryptionPending().then((value) => live && setPending(value));
    return () => {
      live = false;
    };
  }, [job.status]);

  if (job.status === 'done')
    return (
      <NewKeyShown
        recoveryKey={job.recoveryKey}
        what="vault.rekey.shown.reencryptDone"
        onDone={() => rekeyJob.reset()}
      />
    );

  const running = job.status === 'running';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || running) return;
    setDiscarded(false);
    rekeyJob.start(passphrase);
    setPassphrase('');
  };
  const discard = () => {
    void vaultStore.discardReencryption().then(() => {
      setPending(false);
      setDiscarded(true);
      rekeyJob.reset();
    });
  };

  return (
    <form
      autoComplete="off"
      className="vault-form"
      onSubmit={submit}
      aria-labelledby="vault-rekey-reencrypt-heading"
    >
      <h3 id="vault-rekey-reencrypt-heading">{t('vault.rekey.reencrypt.heading')}</h3>
      <p>{t('vault.rekey.reencrypt.intro')}</p>
      {pending && !running && <p className="warning">{t('vault.rekey.reencrypt.interrupted')}</p>}
      {!running && (
        <PassphraseInput
          id="vault-rekey-reencrypt-passphrase"
          label={t('vault.rekey.passphraseLabel')}
          value={passphrase}
          onChange={setPassphrase}
        />
      )}
      <div aria-live="polite">
        {running && (
          <>
            <p className="loading" role="status">
              {job.finishing
                ? t('vault.rekey.reencrypt.finishing')
                : t('vault.rekey.reencrypt.progress', { percent: job.percent })}
            </p>
            <progress max={100} value={job.percent} aria-label={t('vault.rekey.reencrypt.heading')} />
          </>
        )}
        {job.status === 'cancelled' && (
          <p className="success-message">{t('vault.rekey.reencrypt.cancelled')}</p>
        )}
        {discarded && <p className="success-message">{t('vault.rekey.reencrypt.discarded')}</p>}
        {job.status === 'failed' && (
          <p className="error-message" role="alert">
            {t(vaultErrorMessage(job.error))}
          </p>
        )}
      </div>
      <div className="vault-actions">
        {running ? (
          <button
            type="button"
            className="secondary"
            onClick={() => rekeyJob.cancel()}
            disabled={job.finishing}
          >
            {t('vault.rekey.reencrypt.cancel')}
          </button>
        ) : (
          <>
            <button type="submit" disabled={!passphrase}>
              {t(pending ? 'vault.rekey.reencrypt.resume' : 'vault.rekey.reencrypt.submit')}
            </button>
            {pending && (
              <button type="button" className="secondary" onClick={discard}>
                {t('vault.rekey.reencrypt.discard')}
              </button>
            )}
          </>
        )}
      </div>
    </form>
  );
}
