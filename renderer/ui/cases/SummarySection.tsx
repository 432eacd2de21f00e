import { useState } from 'react';
import { parseAsOf } from '../../core/library';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { CaseForm } from './CaseForm';
import type { SectionProps } from './CaseSection';
import { StatusPanel } from './StatusPanel';
import { ItemHistory } from './ItemHistory';

export function SummarySection({ session, open, bundle }: SectionProps) {
  const { t, language } = useT();
  const [editing, setEditing] = useState(false);
  const { file } = bundle;
  if (editing) {
    return (
      <CaseForm
        session={session}
        cases={[]}
        bundle={bundle}
        onDone={() => (setEditing(false), void open.reload())}
      />
    );
  }
  // The library at the date of the facts: the texts as in force then (issue 20). The date travels in the
  // address only, never stored.
  const factsDate = parseAsOf(file.incidentOn);
  const place = [file.place.site, file.place.territory, file.place.province].filter(Boolean).join(', ');
  return (
    <>
      <dl className="case-facts">
        <dt>{t('cases.summary.place')}</dt>
        <dd>{place || t('cases.summary.unknown')}</dd>
        {file.place.lat !== null && (
          <>
            <dt>{t('cases.summary.coordinates')}</dt>
            <dd>
              {file.place.lat}, {file.place.lon}
            </dd>
          </>
        )}
        <dt>{t('cases.summary.incidentOn')}</dt>
        <dd>{file.incidentOn ? formatDate(language, file.incidentOn) : t('cases.summary.unknown')}</dd>
      </dl>
      {factsDate && (
        <p className="case-library-at">
          <a href={`#/bibliotheque?au=${factsDate}`}>
            {t('cases.openLibraryAtFacts', { date: formatDate(language, factsDate) })}
          </a>
        </p>
      )}
      <p className="case-summary-text">{file.summary}</p>
      <div className="case-item-tools">
        {!open.readOnly && (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('cases.summary.edit')}
          </button>
        )}
        <ItemHistory bundle={bundle} recordId={bundle.caseId} />
      </div>
      <StatusPanel open={open} bundle={bundle} />
    </>
  );
}
