import type { Reading } from '../../core/screening';
import { useT } from '../i18n/useT';
import { readingBody, readingTitle } from './readingMessages';

/** The reading of the combination, worded as a lead for referral and investigation, never a finding. */
export function ReadingPanel({ reading, headingLevel = 3 }: { reading: Reading; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useT();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={`reading reading-${reading.outcome}`} data-outcome={reading.outcome}>
      <Heading className="reading-title">{t(readingTitle(reading))}</Heading>
      {readingBody(reading).map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      {reading.shown.length > 0 && reading.outcome !== 'presumed-victim' && (
        <>
          <p className="reading-label">{t('screening.reading.shown')}</p>
          <ul className="reading-shown">
            {reading.shown.map((element) => (
              <li key={element}>{t(`screening.element.${element}`)}</li>
            ))}
          </ul>
        </>
      )}
      {reading.types.length > 0 && (
        <>
          <p className="reading-label">{t('screening.reading.types')}</p>
          <ul>
            {reading.types.map((type) => (
              <li key={type}>{t(`screening.type.${type}`)}</li>
            ))}
          </ul>
        </>
      )}
      {reading.missing.length > 0 &&
        reading.outcome !== 'insufficient' &&
        reading.outcome !== 'no-combination-rule' && (
          <>
            <p className="reading-label">{t('screening.reading.missing')}</p>
            <ul className="reading-missing">
              {reading.missing.map((m) => (
                <li key={m}>{t(`screening.missing.${m}`)}</li>
              ))}
            </ul>
          </>
        )}
      <p className="reading-caveat">{t('screening.reading.caveat')}</p>
    </div>
  );
}
