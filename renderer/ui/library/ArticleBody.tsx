import type { Entry, Lang, LoadedPack } from '../../core/content';
import { localizedText, relatedProvisions } from '../../core/library';
import { SafeHtml } from '../components/SafeHtml';
import { useT } from '../i18n/useT';
import { ArticleNotes } from './ArticleNotes';
import { LANGUAGE_KEYS } from './documentLabels';
import { Heading } from './Heading';
import { OfficialTextBlock } from './OfficialTextBlock';
import { IndicatorGrouping } from './IndicatorGrouping';
import { PenaltyBox } from './PenaltyBox';
import { RelatedPanel } from './RelatedPanel';
import { SourceList } from './SourceList';

/** The text in the chosen language (saying so when French stands in), penalties, links, sources, notes. */
export function ArticleBody({
  entry,
  pack,
  lang,
  level,
}: {
  entry: Entry;
  pack: LoadedPack;
  lang: Lang;
  level: number;
}) {
  const { t } = useT();
  const shown = localizedText(entry.text, lang);
  const questions = entry.questions ? (entry.questions[lang] ?? entry.questions.fr) : undefined;
  const related = relatedProvisions(entry, pack);
  const summary = (
    <>
      {shown.fallback && (
        <p className="fallback-note">{t('library.reader.fallbackEntry', { lang: t(LANGUAGE_KEYS[lang]) })}</p>
      )}
      <SafeHtml markdown={shown.text} lang={shown.lang} className="prose" />
    </>
  );
  return (
    <div className="article-body">
      {entry.official ? (
        // The official wording first; Dalili's summary below it, marked as the summary (issue 20).
        <>
          <OfficialTextBlock official={entry.official} level={level + 1} />
          <section className="official-summary">
            <Heading level={level + 1} className="official-summary-title">
              {t('library.official.summaryTitle')}
            </Heading>
            {summary}
          </section>
        </>
      ) : (
        summary
      )}
      {questions && questions.length > 0 && (
        <ul className="prose" lang={entry.questions?.[lang] ? lang : 'fr'}>
          {questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      )}
      {entry.penalty && <PenaltyBox penalty={entry.penalty} />}
      {entry.kind === 'indicator' && <IndicatorGrouping entry={entry} pack={pack} />}
      <RelatedPanel related={related} pack={pack} level={level + 1} />
      {entry.sources.length > 0 && (
        <details className="entry-sources">
          <summary>{t('library.reader.entrySources')}</summary>
          <SourceList sources={entry.sources} />
        </details>
      )}
      <ArticleNotes entry={entry} />
    </div>
  );
}
