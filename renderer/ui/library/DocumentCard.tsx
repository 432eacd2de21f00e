import type { ListedDocument } from '../../core/content';
import { formatDate, libraryHref } from '../../core/library/listFace';
import { useT } from '../i18n/useT';
import { countKey, documentShortName, documentTitle, LANGUAGE_KEYS } from './documentLabels';
import { HighlightedText } from './HighlightedText';
import { StatusBadge } from './StatusBadge';
import { VerificationBadge } from './VerificationBadge';

/** One document in the library list: title, status, verification (with its note), size, languages, date. */
export function DocumentCard({
  doc,
  terms,
  asOf,
}: {
  doc: ListedDocument;
  terms: readonly string[];
  /** A date chosen « En vigueur au… »: the document opens at that date. */
  asOf?: string | undefined;
}) {
  const { t, language } = useT();
  const title = documentTitle(doc, language);
  const shortName = documentShortName(doc, language);
  return (
    <li className="doc-card">
      <a className="doc-card-title" href={libraryHref(doc.id, undefined, asOf)} lang={title.lang}>
        {/* The filter's matches are marked; the title is text, never parsed as HTML. */}
        <HighlightedText text={title.text} terms={terms} />
      </a>
      <div className="doc-card-meta">
        <span className="doc-card-short" lang={shortName.lang}>
          {shortName.text}
        </span>
        <StatusBadge status={doc.status} />
        <VerificationBadge verification={doc.verification} showNote={false} />
        <span>{t(countKey(doc.kind), { count: doc.entryCount })}</span>
        <span>
          {t('library.languages', { languages: doc.languages.map((l) => t(LANGUAGE_KEYS[l])).join(', ') })}
        </span>
        <span>{t('library.validAsOf', { date: formatDate(doc.validAsOf, language) })}</span>
      </div>
      {doc.verification.status === 'a-verifier' && doc.verification.note && (
        <p className="doc-card-note" lang="fr">
          <span className="verification-note-label">{t('library.verification.noteLabel')}</span>{' '}
          {doc.verification.note}
        </p>
      )}
    </li>
  );
}
