import { useState } from 'react';
import type { LoadedPack } from '../../core/content';
import {
  applyEdits,
  editIsValid,
  type PublisherSigner,
  type PublishSummary,
  publishPack,
  type WorkshopEdit,
} from '../../core/workshop';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { workshopFailureText } from './workshopFailureText';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; summary: PublishSummary; file: string }
  | { kind: 'message'; key: MessageKey; params?: Record<string, string | number> }
  | { kind: 'error'; text: string };

/**
 * « Publier »: the edited library signed with the publisher key, as a full pack or a delta against the
 * pack in use (named by its version), saved where the person chooses (a USB stick), with what it holds.
 */
export function PublishSection({
  pack,
  signer,
  edits,
}: {
  pack: LoadedPack;
  signer: PublisherSigner;
  edits: readonly WorkshopEdit[];
}) {
  const { t } = useT();
  const platform = usePlatform();
  const baseVersion = pack.manifest.packVersion;
  const [mode, setMode] = useState<'delta' | 'full'>('delta');
  const [version, setVersion] = useState(String(baseVersion + 1));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const versionNumber = Number(version);
  const versionOk = Number.isSafeInteger(versionNumber) && versionNumber > baseVersion;

  const publish = async () => {
    if (!versionOk) return;
    const invalid = edits.some(
      (edit) =>
        !editIsValid(
          (id) => pack.entriesById.get(id),
          (id) => pack.documentsById.get(id),
          edit,
        ),
    );
    if (invalid) return setOutcome({ kind: 'message', key: 'workshop.publish.blocked' });
    setOutcome({ kind: 'busy' });
    try {
      const model = applyEdits({ documents: pack.documents, entries: pack.entries }, edits);
      const published = await publishPack({
        base: pack,
        documents: model.documents,
        entries: model.entries,
        signer,
        mode,
        packVersion: versionNumber,
        createdAt: new Date().toISOString(),
      });
      const extension = published.fileName.slice(published.fileName.lastIndexOf('.') + 1);
      const saved = await platform.saveFile(published.fileName, published.bytes, [
        { name: 'Dalili', extensions: [extension] },
      ]);
      if (!saved.saved) return setOutcome({ kind: 'message', key: 'workshop.publish.cancelled' });
      setOutcome({ kind: 'saved', summary: published.summary, file: saved.fileName });
    } catch (error) {
      setOutcome({ kind: 'error', text: workshopFailureText(t, error, 'workshop.publish.failed') });
    }
  };

  return (
    <section className="panel" aria-labelledby="workshop-publish-title">
      <h3 id="workshop-publish-title">{t('workshop.publish.title')}</h3>
      <p className="help">{t('workshop.publish.intro')}</p>
      <fieldset>
        <legend>{t('workshop.publish.mode')}</legend>
        <label className="workshop-choice">
          <input
            type="radio"
            name="workshop-mode"
            value="delta"
            autoComplete="off"
            checked={mode === 'delta'}
            onChange={() => setMode('delta')}
          />{' '}
          {t('workshop.publish.delta', { base: baseVersion })}
        </label>
        <label className="workshop-choice">
          <input
            type="radio"
            name="workshop-mode"
            value="full"
            autoComplete="off"
            checked={mode === 'full'}
            onChange={() => setMode('full')}
          />{' '}
          {t('workshop.publish.full')}
        </label>
      </fieldset>
      <div className={`workshop-field workshop-version${versionOk ? '' : ' has-error'}`}>
        <label htmlFor="workshop-version">{t('workshop.publish.version')}</label>
        <input
          id="workshop-version"
          type="number"
          min={baseVersion + 1}
          step={1}
          autoComplete="off"
          value={version}
          aria-invalid={versionOk ? undefined : true}
          aria-describedby={versionOk ? undefined : 'workshop-version-error'}
          onChange={(e) => setVersion(e.target.value)}
        />
        {!versionOk && (
          <p className="error-message" id="workshop-version-error">
            {t('workshop.publish.versionError', { base: baseVersion })}
          </p>
        )}
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={edits.length === 0 || !versionOk || outcome.kind === 'busy'}
          onClick={() => void publish()}
        >
          {t('workshop.publish.go')}
        </button>
      </div>
      <div aria-live="polite">
        {edits.length === 0 && <p>{t('workshop.publish.nothing')}</p>}
        {outcome.kind === 'busy' && <p className="loading">{t('workshop.publish.busy')}</p>}
        {outcome.kind === 'message' && (
          <p className="error-message" role="alert">
            {t(outcome.key, outcome.params)}
          </p>
        )}
        {outcome.kind === 'error' && (
          <p className="error-message" role="alert">
            {outcome.text}
          </p>
        )}
        {outcome.kind === 'saved' && (
          <div className="success-message" role="status">
            <p>{t('workshop.publish.saved', { version: outcome.summary.packVersion, file: outcome.file })}</p>
            <p>
              {t(
                outcome.summary.mode === 'delta'
                  ? 'workshop.publish.summaryDelta'
                  : 'workshop.publish.summaryFull',
                {
                  base: outcome.summary.baseVersion,
                  changed: outcome.summary.documentsChanged,
                  documents: outcome.summary.documentsTotal,
                  entries: outcome.summary.entriesTotal,
                  size: Math.max(1, Math.round(outcome.summary.bytes / 1024)),
                  fullSize: Math.max(1, Math.round(outcome.summary.fullBytes / 1024)),
                },
              )}
            </p>
            <p>
              {t('workshop.publish.signedBy', {
                publisher: outcome.summary.publisher,
                keyId: outcome.summary.keyId,
              })}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
