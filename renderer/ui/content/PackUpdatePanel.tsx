import { useContext, useState } from 'react';
import { isPackError, type LoadedPack, PACK_FILE_LIMITS, PackError } from '../../core/content';
import { DELTA_STEPS, type DeltaStep } from '../../core/content/publishFace';
import { type PackDiff, prepareImport } from '../../core/contentUpdate';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { ContentActionsContext } from './ContentContext';
import { PackDiffView } from './PackDiffView';
import { packErrorText } from './packErrorMessage';
import { PackSignerView } from './PackSignerView';
import { IMPORT_OPTIONS } from './packSources';
import { useContent } from './useContent';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; progress?: DeltaStep }
  | { kind: 'message'; key: MessageKey; params?: Record<string, string | number>; tone: 'ok' | 'error' }
  | { kind: 'preview'; candidate: LoadedPack; bytes: Uint8Array; diff: PackDiff; deltaBase?: number };

/** Settings panel: import a signed pack from a USB stick, see what changes, then activate it. */
export function PackUpdatePanel() {
  const { t } = useT();
  const platform = usePlatform();
  const content = useContent();
  const actions = useContext(ContentActionsContext);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  if (content.status !== 'ready') return null;
  const { pack, source, refused, rolledBack } = content;
  const reason = (error: PackError) => packErrorText(t, error);

  const choose = async () => {
    setStep({ kind: 'busy' });
    // A delta (.dalili-delta, issue 20) travels in the same container as a full pack.
    const file = await platform.openFile([{ name: 'Dalili', extensions: ['dalili-pack', 'dalili-delta'] }], PACK_FILE_LIMITS.maxFileBytes);
    if (!file.opened) {
      if (file.reason === 'too-large') return setStep({ kind: 'message', key: 'content.update.refused', params: { reason: reason(new PackError('too-large')) }, tone: 'error' });
      return setStep({ kind: 'message', key: file.reason === 'cancelled' ? 'content.update.cancelled' : 'content.update.unreadable', tone: 'error' });
    }
    try {
      const trust = await actions.readTrust();
      const onProgress = (progress: DeltaStep) => setStep({ kind: 'busy', progress });
      const prepared = await prepareImport(file.data, pack, { ...IMPORT_OPTIONS, knownRevocations: trust.revocations, onProgress }, trust.highestPackVersion);
      // The full pack (rebuilt from a delta) is what is kept, so the next start verifies it like any other.
      setStep({ kind: 'preview', candidate: prepared.candidate, bytes: prepared.packFile, diff: prepared.diff, ...(prepared.deltaBase !== undefined ? { deltaBase: prepared.deltaBase } : {}) });
    } catch (error) {
      const packError = isPackError(error) ? error : new PackError('malformed');
      setStep({ kind: 'message', key: 'content.update.refused', params: { reason: reason(packError) }, tone: 'error' });
    }
  };

  const activate = async (candidate: LoadedPack, bytes: Uint8Array) => {
    setStep({ kind: 'busy' });
    try {
      await actions.activateImported(candidate, bytes);
      setStep({ kind: 'message', key: 'content.update.activated', params: { version: candidate.manifest.packVersion }, tone: 'ok' });
    } catch {
      setStep({ kind: 'message', key: 'content.update.failedSave', tone: 'error' });
    }
  };

  const revert = async () => {
    setStep({ kind: 'busy' });
    try {
      const bundled = await actions.revertToBundled();
      setStep({ kind: 'message', key: 'content.update.reverted', params: { version: bundled.manifest.packVersion }, tone: 'ok' });
    } catch (error) {
      const packError = isPackError(error) ? error : new PackError('malformed');
      setStep({ kind: 'message', key: 'content.update.refused', params: { reason: reason(packError) }, tone: 'error' });
    }
  };

  return (
    <section className="panel" aria-labelledby="pack-update-title">
      <h2 id="pack-update-title">{t('content.update.title')}</h2>
      <p>{t(source === 'imported' ? 'content.update.sourceImported' : 'content.update.sourceBundled')}</p>
      {refused && (
        <p className="warning">
          {t(refused.source === 'imported' ? 'content.update.importedRefusedAtStart' : 'content.update.bundledRefusedAtStart', {
            reason: reason(refused.error),
          })}
        </p>
      )}
      {rolledBack && (
        <p className="warning">
          {t('trust.rolledBack', { highest: rolledBack.highestSeen, current: pack.manifest.packVersion })}
        </p>
      )}
      <p className="help">{t('content.update.help')}</p>
      {step.kind === 'preview' ? (
        <>
          <PackSignerView pack={step.candidate} />
          {step.deltaBase !== undefined && <p>{t('content.delta.kind', { base: step.deltaBase })}</p>}
          <PackDiffView diff={step.diff} />
          <div className="actions">
            <button type="button" onClick={() => void activate(step.candidate, step.bytes)}>
              {t('content.update.activate')}
            </button>
            <button type="button" className="secondary" onClick={() => setStep({ kind: 'idle' })}>
              {t('content.update.cancel')}
            </button>
          </div>
        </>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => void choose()} disabled={step.kind === 'busy'}>
            {t('content.update.choose')}
          </button>
          {source === 'imported' && (
            <button type="button" className="secondary" onClick={() => void revert()} disabled={step.kind === 'busy'}>
              {t('content.update.revert')}
            </button>
          )}
        </div>
      )}
      <div aria-live="polite">
        {step.kind === 'busy' && !step.progress && <p className="loading">{t('content.update.checking')}</p>}
        {step.kind === 'busy' && step.progress && (
          <p className="loading">
            <progress max={DELTA_STEPS.length} value={DELTA_STEPS.indexOf(step.progress) + 1} />{' '}
            {t('content.delta.progress', {
              step: DELTA_STEPS.indexOf(step.progress) + 1,
              total: DELTA_STEPS.length,
              label: t(`content.delta.step.${step.progress}`),
            })}
          </p>
        )}
        {step.kind === 'message' && (
          <p className={step.tone === 'error' ? 'error-message' : 'success-message'} role={step.tone === 'error' ? 'alert' : 'status'}>
            {t(step.key, step.params)}
          </p>
        )}
      </div>
    </section>
  );
}
