import type { LoadedPack } from '../../core/content/loadPack';
import type { IndicatorSet } from '../../core/screening/indicatorSets';
import type { ScreeningAudience } from '../../core/screening/screening';
import type { ScreeningSummary } from '../../core/screening/summariseScreening';
import { useT } from '../i18n/useT';
import { DimensionResults } from './DimensionResults';
import { EntryLinkList } from './EntryLinkList';
import { localized } from './localize';
import { ReadingPanel } from './ReadingPanel';
import { todayIso } from '../../core/cases/caseDates';
import { formatDate } from '../i18n/formatDate';

interface Props {
  summary: ScreeningSummary;
  set: IndicatorSet;
  pack: LoadedPack;
  audience: ScreeningAudience;
}

/**
 * The one-page summary for print or PDF. Built only from the summary and the content: no note, no
 * name, nothing the investigator typed. Hidden on screen; @media print shows it alone.
 */
export function ScreeningPrintView({ summary, set, pack, audience }: Props) {
  const { t, language } = useT();
  const present = summary.presentIndicators.map((id) => pack.entriesById.get(id)).filter((e) => e !== undefined);
  return (
    <article className="screening-print print-only" data-testid="screening-print">
      <header>
        <p className="print-app">{t('shell.appName')}</p>
        <h2>{t('screening.print.title')}</h2>
        <p>
          {t('screening.print.meta', {
            date: formatDate(language, todayIso()),
            audience: t(`screening.audience.${audience}`),
            set: localized(set.document.shortName, language),
          })}
        </p>
      </header>
      <ReadingPanel reading={summary.reading} />
      <h3>{t('screening.print.present')}</h3>
      {present.length === 0 ? (
        <p>{t('screening.print.nonePresent')}</p>
      ) : (
        <ul className="print-present">
          {present.map((e) => (
            <li key={e.id}>
              {e.heading}
              {e.strength && ` (${t(`screening.strength.${e.strength}`)})`}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('screening.summary.dimensions')}</h3>
      <DimensionResults results={summary.dimensionResults} dimensions={set.document.dimensions ?? []} />
      <h3>{t('screening.summary.provisions')}</h3>
      <EntryLinkList ids={summary.provisions} pack={pack} show="citation" empty={t('screening.summary.provisionsEmpty')} links={false} />
      <h3>{t('screening.summary.referral')}</h3>
      <EntryLinkList ids={summary.referralSteps} pack={pack} show="step" empty={t('screening.summary.referralEmpty')} links={false} />
      <footer>
        <p>{t('screening.print.footer')}</p>
      </footer>
    </article>
  );
}
