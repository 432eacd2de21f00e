import type { LoadedPack } from '../../core/content';
import { type ListUsed, type Mark, MARKS, type ScreeningAudience } from '../../core/screening';
import { useT } from '../i18n/useT';
import { CoverageNote } from './CoverageNote';
import { DimensionResults } from './DimensionResults';
import { EntryLinkList } from './EntryLinkList';
import { localized } from './localize';
import { ReadingPanel } from './ReadingPanel';
import { todayIso } from '../../core/cases';
import { formatDate } from '../i18n/formatDate';

interface Props {
  /** Every list used in this screening, the one on screen first (core/screening/listsUsed.ts). */
  lists: ListUsed[];
  pack: LoadedPack;
  audience: ScreeningAudience;
}

// Every answer given, in the order of the marks; "not asked" is no answer and prints nothing.
const MARK_GROUPS = MARKS.filter((m): m is Exclude<Mark, 'not-asked'> => m !== 'not-asked');

/**
 * The summary for print or PDF. Built only from the answers' marks and the content: no note, no name,
 * nothing the investigator typed. Every list used appears with its coverage, its marks and its reading,
 * so what reaches the prosecutor is not only the list that happened to be on screen. Hidden on screen;
 * @media print shows it alone.
 */
export function ScreeningPrintView({ lists, pack, audience }: Props) {
  const { t, language } = useT();
  const [first] = lists;
  if (!first) return null;
  return (
    <article className="screening-print print-only" data-testid="screening-print">
      <header>
        <p className="print-app">{t('shell.appName')}</p>
        <h2>{t('screening.print.title')}</h2>
        <p>
          {t('screening.print.meta', {
            date: formatDate(language, todayIso()),
            audience: t(`screening.audience.${audience}`),
            set: lists.map((l) => localized(l.set.document.shortName, language)).join(' ; '),
          })}
        </p>
      </header>
      {lists.length > 1 && (
        <p className="print-lists-used">{t('screening.print.listsUsed', { count: lists.length })}</p>
      )}
      {lists.map(({ set, summary, answered }) => (
        <section key={set.document.id} className="print-list" data-set={set.document.id}>
          <h3>{t('screening.print.listHeading', { set: localized(set.document.shortName, language) })}</h3>
          <CoverageNote document={set.document} />
          <ReadingPanel reading={summary.reading} headingLevel={4} />
          {answered.length === 0 ? (
            <p>{t('screening.print.noMarks')}</p>
          ) : (
            MARK_GROUPS.map((mark) => {
              const entries = answered.filter((a) => a.mark === mark).map((a) => a.entry);
              if (entries.length === 0) return null;
              return (
                <div key={mark} className={`print-marks print-marks-${mark}`}>
                  <h4>{t(`screening.print.marks.${mark}`)}</h4>
                  <ul>
                    {entries.map((e) => (
                      <li key={e.id}>
                        {e.heading}
                        {e.strength &&
                          ` (${t(`screening.strength.${e.strength}`)}${set.document.grouping?.strength === 'dalili' ? ` · ${t('screening.grouping.strengthShort')}` : ''})`}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })
          )}
          {summary.dimensionResults.length > 0 && (
            <>
              <h4>{t('screening.summary.dimensions')}</h4>
              <DimensionResults
                results={summary.dimensionResults}
                dimensions={set.document.dimensions ?? []}
              />
            </>
          )}
        </section>
      ))}
      <h3>{t('screening.summary.provisions')}</h3>
      <EntryLinkList
        ids={[...new Set(lists.flatMap((l) => l.summary.provisions))]}
        pack={pack}
        show="citation"
        empty={t('screening.summary.provisionsEmpty')}
        links={false}
      />
      <h3>{t('screening.summary.referral')}</h3>
      <EntryLinkList
        ids={[...new Set(lists.flatMap((l) => l.summary.referralSteps))]}
        pack={pack}
        show="step"
        empty={t('screening.summary.referralEmpty')}
        links={false}
      />
      <footer>
        <p>{t('screening.print.footer')}</p>
      </footer>
    </article>
  );
}
