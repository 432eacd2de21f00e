import { lazy } from 'react';
import type { LoadedPack, PackHead } from '../../core/content';
import { ContentGate } from '../content/ContentGate';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { LibraryIndex } from './LibraryIndex';

// The reader (Markdown, DOMPurify, notes, versions in time, printing) is loaded when a document is
// opened, not with the list: the first page loads only its own code (issue 17, point 8). The shell's
// Suspense shows « Chargement de la page… » meanwhile.
const DocumentReader = lazy(() => import('./DocumentReader').then((m) => ({ default: m.DocumentReader })));

/**
 * `#/bibliotheque` → the list; `#/bibliotheque/<doc>` → the reader; `#/bibliotheque/<doc>/<entry>`
 * (and `#/doc/<doc>/<entry>`, the pack's cross-references) → the reader on that entry.
 */
export function LibraryRoute({
  pack: head,
  complete: pack,
  rest,
  asOf,
}: {
  pack: PackHead;
  /** The date chosen « En vigueur au… » (`?au=`), checked; undefined for today. */
  asOf?: string | undefined;
  /** The whole pack, once checked: the reader waits for it, the list does not. */
  complete?: LoadedPack;
  rest: readonly string[];
}) {
  const { t } = useT();
  const [docId, entryPart] = rest;
  if (!docId) return <LibraryIndex pack={pack ?? head} {...(pack ? { complete: pack } : {})} asOf={asOf} />;
  if (!pack) {
    return (
      <section className="page">
        <PageHeading>{t('library.title')}</PageHeading>
        <ContentGate>{() => null}</ContentGate>
      </section>
    );
  }
  const doc = pack.documentsById.get(docId);
  if (!doc) {
    return (
      <section className="page">
        <PageHeading>{t('library.reader.notFound.title')}</PageHeading>
        <p>{t('library.reader.notFound.body', { id: docId })}</p>
        <p>
          <a href="#/bibliotheque">← {t('library.reader.backToLibrary')}</a>
        </p>
      </section>
    );
  }
  const fullId = entryPart ? `${docId}/${entryPart}` : undefined;
  const known = fullId !== undefined && pack.entriesById.get(fullId)?.docId === docId;
  // Keyed by document: a new document starts at its top with its own state; a new entry does not remount.
  return (
    <DocumentReader
      key={docId}
      pack={pack}
      doc={doc}
      targetId={known ? fullId : undefined}
      unknownEntry={known ? undefined : entryPart}
      asOf={asOf}
    />
  );
}
