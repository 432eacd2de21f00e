import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import type { LoadedPack, PackHead } from '../../core/content';
import { filterDocuments, filterTerms, formatDate, groupDocuments } from '../../core/library/listFace';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { DocumentCard } from './DocumentCard';
import { JURISDICTION_KEYS, KIND_KEYS } from './documentLabels';

// Loaded after the list, not with it (issue 17, point 8): the bookmarks need their database (Dexie) and
// the whole pack, the « En vigueur au… » bar the date field; neither is needed to draw the list.
const BookmarksPanel = lazy(() => import('./BookmarksPanel').then((m) => ({ default: m.BookmarksPanel })));
const AsOfBar = lazy(() => import('./AsOfBar').then((m) => ({ default: m.AsOfBar })));

/**
 * The library's first screen: every document by kind and jurisdiction, and the person's bookmarks.
 * It needs only the pack's head; bookmarks name entries, so they wait for the `complete` pack.
 */
export function LibraryIndex({
  pack,
  complete,
  asOf,
}: {
  pack: PackHead;
  complete?: LoadedPack;
  /** A date chosen « En vigueur au… » (from a case's date of facts): documents open at that date. */
  asOf?: string | undefined;
}) {
  const { t, language } = useT();
  const filterId = useId();
  const [query, setQuery] = useState('');
  const terms = useMemo(() => filterTerms(query), [query]);
  const groups = useMemo(() => groupDocuments(filterDocuments(pack.list, terms)), [pack.list, terms]);
  const { manifest } = pack;
  // Coming back from a scrolled reader, the list starts at its top (the page itself scrolls there).
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  return (
    <section className="page library-index">
      <PageHeading>{t('library.title')}</PageHeading>
      <p className="pack-stamp">
        <strong>
          {t('content.packVersion', {
            version: manifest.packVersion,
            validAsOf: formatDate(manifest.validAsOf, language),
          })}
        </strong>{' '}
        {t('library.packCounts', {
          documents: manifest.counts.documents,
          entries: manifest.counts.entries,
          officiel: manifest.counts.officiel ?? 0,
          concordant: manifest.counts.concordant ?? 0,
          toVerify: manifest.counts.aVerifier + (manifest.counts.verifie ?? 0),
        })}
      </p>
      {pack.signedBy.dev && <p className="warning">{t('content.packDev')}</p>}
      <p className="own-words">{t('library.ownWords')}</p>
      {asOf && (
        <Suspense fallback={null}>
          <AsOfBar
            asOf={asOf}
            onChange={(date) => {
              window.location.hash = date ? `#/bibliotheque?au=${date}` : '#/bibliotheque';
            }}
          />
        </Suspense>
      )}
      <div className="library-columns">
        <div className="library-documents">
          <div className="library-filter">
            <label htmlFor={filterId}>{t('library.filter.label')}</label>
            <input
              autoComplete="off"
              id={filterId}
              type="search"
              value={query}
              placeholder={t('library.filter.placeholder')}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          {groups.length === 0 && <p role="status">{t('library.filter.none', { query })}</p>}
          {groups.map((group) => (
            <section key={group.kind} className="library-kind" aria-labelledby={`kind-${group.kind}`}>
              <h2 id={`kind-${group.kind}`}>{t(KIND_KEYS[group.kind])}</h2>
              {group.jurisdictions.map((sub) => (
                <section key={sub.jurisdiction} className="library-jurisdiction">
                  <h3>{t(JURISDICTION_KEYS[sub.jurisdiction])}</h3>
                  <ul className="doc-list">
                    {sub.documents.map((doc) => (
                      <DocumentCard key={doc.id} doc={doc} terms={terms} asOf={asOf} />
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          ))}
        </div>
        <Suspense
          fallback={
            <aside className="bookmarks-panel panel" aria-busy="true">
              <h2>{t('library.bookmarks.title')}</h2>
            </aside>
          }
        >
          <BookmarksPanel pack={complete} />
        </Suspense>
      </div>
    </section>
  );
}
