import { useEffect, useRef, useState } from 'react';
import { type CaseBundle, formatCaseNumber, todayIso } from '../../core/cases';
import {
  checkChoice,
  type ChoiceError,
  courtFileChange,
  type CourtFile,
  type CourtFileChoice,
  defaultChoice,
  prepareCourtFile,
} from '../../core/courtFile';
import type { VaultSession } from '../../core/vault';
import type { OpenCase } from '../cases/useCase';
import { useContent } from '../content/useContent';
import { useT } from '../i18n/useT';
import { useOfficeSettings } from '../settings/officeSettings';
import { usePlatform } from '../shell/usePlatform';
import { useOpenVault } from '../vault/useOpenVault';
import { CourtFileDocument } from './CourtFileDocument';
import { CourtFileForm } from './CourtFileForm';
import './courtFile.css';

/**
 * « Dossier pour la justice »: choose what goes in, prepare (fingerprints, journal check, journal
 * entry), read the document, then print it or save it as PDF through the host.
 */
export function CourtFilePanel({
  session,
  open,
  bundle,
  onClose,
}: {
  session: VaultSession;
  open: OpenCase;
  bundle: CaseBundle;
  onClose: () => void;
}) {
  const { t } = useT();
  const content = useContent();
  const platform = usePlatform();
  // The notebook's label ("Bureau Walikale") and the service from Paramètres: what the office shows.
  const office = useOpenVault()?.profile.name ?? '';
  const { service } = useOfficeSettings();
  const [choice, setChoice] = useState<CourtFileChoice>(() => defaultChoice(bundle, 'parquet'));
  const [error, setError] = useState<ChoiceError | 'failed' | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [file, setFile] = useState<CourtFile>();
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [file]);
  if (content.status !== 'ready') return <p className="loading">{t('content.loading')}</p>;
  const pack = content.pack;

  const prepare = async () => {
    const problem = checkChoice(bundle, choice);
    setError(problem);
    if (problem) return;
    setProgress(t('courtFile.form.preparing'));
    try {
      const prepared = await prepareCourtFile(
        session,
        bundle,
        choice,
        pack,
        { preparedOn: todayIso(), office, service },
        (done, total) => total > 0 && setProgress(t('courtFile.form.progress', { done, total })),
      );
      // Journalled once the document exists, before it is shown: what was included, never the content.
      if (!(await open.save((fresh) => courtFileChange(fresh, choice)))) throw new Error('not journalled');
      setSaid('');
      setFile(prepared);
    } catch {
      setError('failed');
    } finally {
      setProgress(null);
    }
  };

  const print = async () => {
    if (!file) return;
    const name = `${file.kind === 'enfant' ? 'extrait-juge-enfants' : 'dossier-parquet'}-${formatCaseNumber(bundle.file.number)}.pdf`;
    try {
      const result = await platform.printToPdf(name);
      if (result.saved === 'unknown') setSaid(t('courtFile.printed.sent'));
      else
        setSaid(
          result.saved
            ? t('courtFile.printed.saved', { file: result.fileName })
            : t('courtFile.printed.cancelled'),
        );
    } catch {
      setSaid(t('courtFile.printed.failed'));
    }
  };

  return (
    <div className="court-panel">
      <div className="case-no-print">
        <h2 ref={heading} tabIndex={-1}>
          {t('courtFile.form.title')} — {formatCaseNumber(bundle.file.number)}
        </h2>
        {!file && (
          <CourtFileForm
            bundle={bundle}
            choice={choice}
            onChange={(next) => (setChoice(next), setError(null))}
            error={error}
            progress={progress}
            onSubmit={() => void prepare()}
            onBack={onClose}
          />
        )}
        {file && (
          <>
            <p className="notice">{t('courtFile.ready')}</p>
            <div className="actions">
              <button type="button" onClick={() => void print()}>
                {t('courtFile.print')}
              </button>
              <button type="button" className="secondary" onClick={() => setFile(undefined)}>
                {t('courtFile.change')}
              </button>
              <button type="button" className="secondary" onClick={onClose}>
                {t('courtFile.form.back')}
              </button>
            </div>
            <div role="status">{said && <p className="success-message">{said}</p>}</div>
          </>
        )}
      </div>
      {file && <CourtFileDocument file={file} />}
    </div>
  );
}
