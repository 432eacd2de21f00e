import type { ContentDocument, Lang, LoadedPack } from '../../core/content';
import { citationWithStamp, entryAt, formatDate, localizedText } from '../../core/library';
import { SafeHtml } from '../components/SafeHtml';
import { useT } from '../i18n/useT';
import { documentTitle } from './documentLabels';
import { EditorialMark } from './EditorialMark';
import { OfficialTextBlock } from './OfficialTextBlock';
import { PenaltyBox } from './PenaltyBox';
import { packStamp, useCitationWords } from './useCitationWords';
import { VerificationBadge } from './VerificationBadge';
import { VersionLine } from './VersionLine';

/**
 * What goes on paper: the pack version and date at the top, then each entry with its text, its
 * full citation and its verification status (with what remains to check), so a printed page can be
 * relied on, and doubted, on its own.
 */
export function PrintSheet({
  doc,
  pack,
  lang,
  entryIds,
  date,
}: {
  doc: ContentDocument;
  pack: LoadedPack;
  lang: Lang;
  entryIds: readonly string[];
  /** The day read at (ISO): each entry is printed in the version in force then. */
  date: string;
}) {
  const { t, language } = useT();
  const words = useCitationWords();
  const stamp = packStamp(pack);
  const title = documentTitle(doc, lang);
  return (
    <article className="print-sheet" aria-labelledby="print-sheet-title">
      <p className="print-stamp">
        {t('library.print.header', {
          version: stamp.packVersion,
          date: formatDate(stamp.validAsOf, language),
        })}
      </p>
      <h2 id="print-sheet-title" lang={title.lang}>
        {title.text}
      </h2>
      <p className="document-citation">
        <cite lang="fr">{citationWithStamp(doc, stamp, words)}</cite>
      </p>
      <p className="print-verification">
        {t('library.print.documentVerification')} <VerificationBadge verification={doc.verification} />
      </p>
      {entryIds.some((id) => {
        const entry = pack.entriesById.get(id);
        return entry !== undefined && !entryAt(entry, date).entry.official;
      }) && <p className="nature-banner print-nature">{t('library.nature.explain.resume')}</p>}
      {entryIds.map((id) => {
        const stored = pack.entriesById.get(id);
        if (!stored) return null;
        const at = entryAt(stored, date);
        const entry = at.entry;
        const shown = localizedText(entry.text, lang);
        return (
          <section key={id} className="print-entry" aria-labelledby={`print-${id}`}>
            {entry.path.length > 0 && (
              <p className="print-path" lang="fr">
                {entry.path.map((title, i) => (
                  <span key={`${i}-${title}`}>
                    {i > 0 && ' › '}
                    {title}
                    {entry.editorialPath?.includes(i) && <EditorialMark short />}
                  </span>
                ))}
              </p>
            )}
            <h3 id={`print-${id}`} lang="fr">
              {entry.heading}
            </h3>
            <VersionLine at={at} date={date} />
            {entry.official && <OfficialTextBlock official={entry.official} level={4} />}
            {entry.official && (
              <h4 className="official-summary-title">{t('library.official.summaryTitle')}</h4>
            )}
            <SafeHtml markdown={shown.text} lang={shown.lang} className="prose" />
            {entry.penalty && <PenaltyBox penalty={entry.penalty} />}
            <p className="print-citation">
              <cite lang="fr">{citationWithStamp(entry, stamp, words)}</cite>
            </p>
            <p className="print-verification">
              {t('library.print.entryVerification')}{' '}
              <VerificationBadge verification={entry.verification} nature={entry.nature} />
            </p>
          </section>
        );
      })}
      <p className="print-footer">{t('library.ownWords')}</p>
    </article>
  );
}
