import type { CaseScreening } from '../../core/cases';
import type { LoadedPack } from '../../core/content';
import { legalCitation } from '../../core/library';
import { useT } from '../i18n/useT';
import { readingBody } from '../indicators/readingMessages';
import { readScreening } from './screeningReading';

/** A saved screening, read-only: the reading it gives today, the indicators present, the provisions. */
export function ScreeningDetails({ pack, value }: { pack: LoadedPack; value: CaseScreening }) {
  const { t } = useT();
  const summary = readScreening(pack, value.screening);
  if (!summary) return <p className="warning">{t('cases.screenings.setMissing')}</p>;
  const heading = (id: string) => pack.entriesById.get(id)?.heading ?? id;
  return (
    <div className="case-screening-details">
      {/* The reading's title is already on the line above; its explanation follows. */}
      {readingBody(summary.reading).map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      <h5>{t('cases.screenings.presentList')}</h5>
      {summary.presentIndicators.length === 0 ? (
        <p>{t('cases.screenings.noneList')}</p>
      ) : (
        <ul>
          {summary.presentIndicators.map((id) => (
            <li key={id}>{heading(id)}</li>
          ))}
        </ul>
      )}
      {summary.provisions.length > 0 && (
        <>
          <h5>{t('cases.qualification.suggested')}</h5>
          <ul>
            {summary.provisions.map((id) => {
              const entry = pack.entriesById.get(id);
              return <li key={id}>{entry ? legalCitation(entry) : id}</li>;
            })}
          </ul>
        </>
      )}
    </div>
  );
}
