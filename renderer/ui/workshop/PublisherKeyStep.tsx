import { type FormEvent, useState } from 'react';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { WorkshopField } from './WorkshopField';

/** A key file is a few kilobytes: anything larger is refused before it is read. */
const KEY_FILE_MAX_BYTES = 256 * 1024;

/**
 * The workshop's door: the publisher key file and its passphrase. `open` checks both (and opens the
 * encrypted edits); on any refusal the translated reason is shown and nothing is opened.
 */
export function PublisherKeyStep({
  open,
  errorText,
}: {
  open: (fileBytes: Uint8Array, passphrase: string) => Promise<void>;
  errorText: (error: unknown) => string;
}) {
  const { t } = useT();
  const platform = usePlatform();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: 'file' | 'passphrase' | 'form'; text: string } | null>(null);
  const say = (field: 'file' | 'passphrase' | 'form', key: MessageKey) => setError({ field, text: t(key) });

  const choose = async () => {
    setError(null);
    const result = await platform.openFile(
      [{ name: 'Dalili', extensions: ['dalili-key'] }],
      KEY_FILE_MAX_BYTES,
    );
    if (result.opened) setFile({ name: result.fileName, bytes: result.data });
    else if (result.reason === 'too-large') say('file', 'workshop.key.error.tooLarge');
    else if (result.reason === 'unreadable') say('file', 'workshop.key.error.unreadable');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return say('file', 'workshop.key.error.noFile');
    if (!passphrase) return say('passphrase', 'workshop.key.error.noPassphrase');
    setBusy(true);
    setError(null);
    try {
      await open(file.bytes, passphrase);
    } catch (failure) {
      setError({ field: 'form', text: errorText(failure) });
      setBusy(false);
    }
  };

  return (
    <form
      className="panel workshop-key"
      onSubmit={(e) => void submit(e)}
      autoComplete="off"
      noValidate
      aria-labelledby="workshop-key-title"
    >
      <h2 id="workshop-key-title">{t('workshop.key.title')}</h2>
      <p>{t('workshop.key.intro')}</p>
      <div className={`workshop-field${error?.field === 'file' ? ' has-error' : ''}`}>
        <p className="workshop-label">{t('workshop.key.file')}</p>
        <button
          type="button"
          className="secondary"
          onClick={() => void choose()}
          disabled={busy}
          aria-describedby="workshop-key-file-state"
        >
          {t('workshop.key.choose')}
        </button>
        <p id="workshop-key-file-state" className="help">
          {file ? t('workshop.key.chosen', { name: file.name }) : t('workshop.key.none')}
        </p>
        {error?.field === 'file' && <p className="error-message">{error.text}</p>}
      </div>
      <WorkshopField
        id="workshop-key-passphrase"
        label={t('workshop.key.passphrase')}
        error={error?.field === 'passphrase' ? error.text : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            disabled={busy}
          />
        )}
      </WorkshopField>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('workshop.key.submit')}
        </button>
      </div>
      <div aria-live="polite">
        {busy && <p className="loading">{t('workshop.key.opening')}</p>}
        {error?.field === 'form' && (
          <p className="error-message" role="alert">
            {error.text}
          </p>
        )}
      </div>
    </form>
  );
}
