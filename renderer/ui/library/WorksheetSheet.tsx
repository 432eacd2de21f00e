import type { ContentDocument, LoadedPack } from '../../core/content';
import { checkText, formatDate, legalCitation, worksheetEntries, worksheetRows } from '../../core/library';
import { useT } from '../i18n/useT';
import { packStamp } from './useCitationWords';
import { worksheetWords } from './worksheetWords';

/**
 * The verification worksheet on paper: per entry, its citation and level, Dalili's summary in French
 * (marked as such), the points to check, and blank lines for the JO reference and the initials. The
 * same sheet as `npm run content:worksheet`.
 */
export function WorksheetSheet({
  doc,
  pack,
  entryIds,
}: {
  doc: ContentDocument;
  pack: LoadedPack;
  entryIds: readonly string[];
}) {
  const { t, language } = useT();
  const words = worksheetWords(t);
  const stamp = packStamp(pack);
  const rows = worksheetRows(worksheetEntries(doc, (id) => pack.entriesById.get(id), entryIds));
  return (
    <article className="print-sheet worksheet" aria-labelledby="worksheet-title">
      <p className="print-stamp">
        {t('library.print.header', {
          version: stamp.packVersion,
          date: formatDate(stamp.validAsOf, language),
        })}
      </p>
      <h2 id="worksheet-title">
        {words.title} — <cite lang="fr">{legalCitation(doc)}</cite>
      </h2>
      <p>{words.intro}</p>
      {rows.map((row) => (
        <section key={row.id} className="worksheet-entry print-entry" aria-labelledby={`ws-${row.id}`}>
          <h3 id={`ws-${row.id}`} lang="fr">
            {row.citation}
          </h3>
          <p className="worksheet-level">
            {t('library.worksheet.level', { level: words.levels[row.level] })}
          </p>
          <p className="worksheet-summary-label">{words.summary}</p>
          <blockquote className="worksheet-summary" lang="fr">
            {row.summary.split('\n\n').map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </blockquote>
          {row.sources.length > 0 && (
            <p className="worksheet-sources" lang="fr">
              {t('library.worksheet.sources', { sources: row.sources.join(' ; ') })}
            </p>
          )}
          <p className="worksheet-checks-label">{words.checks}</p>
          <ul className="worksheet-checks">
            {row.checks.map((check, i) => (
              <li key={i}>☐ {checkText(check, words)}</li>
            ))}
          </ul>
          <p className="worksheet-blank">{words.joReference}</p>
          <p className="worksheet-line" aria-hidden="true" />
          <p>{words.result}</p>
          <p>{words.initials}</p>
        </section>
      ))}
    </article>
  );
}
