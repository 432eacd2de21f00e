import type { ContentDocument, Lang, LoadedPack } from '../../core/content';
import { formatDate, libraryHref, localizedText } from '../../core/library';
import { SafeHtml } from '../components/SafeHtml';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { documentShortName, documentTitle } from './documentLabels';
import { SourceList } from './SourceList';
import { StatusBadge } from './StatusBadge';
import { VerificationBadge } from './VerificationBadge';

const DATE_KEYS: [keyof ContentDocument['dates'], MessageKey][] = [
  ['adopted', 'library.reader.dates.adopted'],
  ['promulgated', 'library.reader.dates.promulgated'],
  ['published', 'library.reader.dates.published'],
  ['inForce', 'library.reader.dates.inForce'],
];

function DocLinks({ ids, pack, lang }: { ids: readonly string[]; pack: LoadedPack; lang: Lang }) {
  return (
    <>
      {ids.map((id, index) => {
        const other = pack.documentsById.get(id);
        return (
          <span key={id}>
            {index > 0 && ', '}
            {other ? <a href={libraryHref(id)}>{documentShortName(other, lang).text}</a> : id}
          </span>
        );
      })}
    </>
  );
}

/** Title, legal citation, status and verification, then dates, amendments and sources on demand. */
export function DocumentHeader({ doc, pack, lang }: { doc: ContentDocument; pack: LoadedPack; lang: Lang }) {
  const { t, language } = useT();
  const title = documentTitle(doc, lang);
  const summary = doc.summary ? localizedText(doc.summary, lang) : undefined;
  // Issue 20: entries that carry their official wording are not summaries; say which case this document is.
  const withOfficial = doc.entryIds.filter((id) => pack.entriesById.get(id)?.official).length;
  const allOfficial = withOfficial > 0 && withOfficial === doc.entryIds.length;
  return (
    <header className="document-header">
      <PageHeading>
        <span lang={title.lang}>{title.text}</span>
      </PageHeading>
      <p className="document-citation">
        <span className="label">{t('library.reader.citationLabel')}</span>{' '}
        <cite lang="fr">{doc.citation}</cite>
      </p>
      <div className="document-badges">
        <StatusBadge status={doc.status} />
        <VerificationBadge
          verification={doc.verification}
          {...(allOfficial ? { nature: 'texte' as const } : {})}
        />
      </div>
      {/* What the texts below are, said once, plainly, above them all. */}
      <p className="nature-banner">
        {t(
          allOfficial
            ? 'library.nature.explain.texte'
            : withOfficial > 0
              ? 'library.official.mixedBanner'
              : 'library.nature.explain.resume',
        )}
      </p>
      {summary && (
        <section className="document-summary" aria-labelledby="document-summary-title">
          <h2 id="document-summary-title">{t('library.reader.summary')}</h2>
          <SafeHtml markdown={summary.text} lang={summary.lang} className="prose" />
        </section>
      )}
      <details className="document-about">
        <summary>{t('library.reader.about')}</summary>
        <ul className="plain-list">
          {DATE_KEYS.map(([field, key]) => {
            const value = doc.dates[field];
            return value ? <li key={field}>{t(key, { date: formatDate(value, language) })}</li> : null;
          })}
          {doc.ratification?.date && (
            <li>{t('library.reader.ratified', { date: formatDate(doc.ratification.date, language) })}</li>
          )}
          {doc.amends.length > 0 && (
            <li>
              {t('library.reader.amends')} <DocLinks ids={doc.amends} pack={pack} lang={lang} />
            </li>
          )}
          {doc.amendedBy.length > 0 && (
            <li>
              {t('library.reader.amendedBy')} <DocLinks ids={doc.amendedBy} pack={pack} lang={lang} />
            </li>
          )}
        </ul>
        {doc.dates.note && <p lang="fr">{doc.dates.note}</p>}
        {doc.ratification?.note && <p lang="fr">{doc.ratification.note}</p>}
        <h2 className="small-heading">{t('library.reader.sources')}</h2>
        <SourceList sources={doc.sources} />
      </details>
    </header>
  );
}
