import { memo, useEffect, useRef } from 'react';
import type { ContentDocument, LoadedPack, OutlineNode } from '../../core/content';
import { libraryHref } from '../../core/library';
import { EditorialMark } from './EditorialMark';
import { useT } from '../i18n/useT';

// Memoised per link: on a long code, moving the current article re-renders two links, not all of them.
const TocLink = memo(function TocLink({
  href,
  label,
  isCurrent,
}: {
  href: string;
  label: string;
  isCurrent: boolean;
}) {
  return (
    <a href={href} aria-current={isCurrent ? 'location' : undefined} lang="fr">
      {label}
    </a>
  );
});

function Nodes({
  nodes,
  pack,
  doc,
  current,
}: {
  nodes: readonly OutlineNode[];
  pack: LoadedPack;
  doc: ContentDocument;
  current: string | undefined;
}) {
  return (
    <ul>
      {nodes.map((node, index) => {
        if (node.type === 'heading') {
          return (
            <li key={`h${index}`} className={node.editorial ? 'toc-heading is-editorial' : 'toc-heading'}>
              <span lang="fr">{node.title}</span>
              {node.editorial && <EditorialMark short />}
              <Nodes nodes={node.children} pack={pack} doc={doc} current={current} />
            </li>
          );
        }
        const entry = pack.entriesById.get(node.id);
        if (!entry) return null;
        return (
          <li key={node.id}>
            <TocLink
              href={libraryHref(doc.id, node.id)}
              label={entry.heading}
              isCurrent={current === node.id}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** Titres, chapitres and articles, each article a link to its own address. */
export function TableOfContents({
  doc,
  pack,
  current,
}: {
  doc: ContentDocument;
  pack: LoadedPack;
  current: string | undefined;
}) {
  const { t } = useT();
  const navRef = useRef<HTMLElement>(null);
  // Keep the current article visible inside the (separately scrolling) contents, without moving the page.
  useEffect(() => {
    const nav = navRef.current;
    const link = nav?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!nav || !link) return;
    const top = link.getBoundingClientRect().top - nav.getBoundingClientRect().top + nav.scrollTop;
    if (top < nav.scrollTop || top > nav.scrollTop + nav.clientHeight - link.offsetHeight)
      nav.scrollTop = top - nav.clientHeight / 3;
  }, [current]);
  const placed = new Set<string>();
  const walk = (nodes: readonly OutlineNode[]): void =>
    nodes.forEach((n) => (n.type === 'entry' ? placed.add(n.id) : walk(n.children)));
  walk(doc.outline);
  const unplaced: OutlineNode[] = doc.entryIds
    .filter((id) => !placed.has(id))
    .map((id) => ({ type: 'entry', id }));
  return (
    <nav ref={navRef} className="toc" aria-label={t('library.reader.toc')}>
      <p className="toc-title" aria-hidden="true">
        {t('library.reader.toc')}
      </p>
      <Nodes nodes={[...doc.outline, ...unplaced]} pack={pack} doc={doc} current={current} />
    </nav>
  );
}
