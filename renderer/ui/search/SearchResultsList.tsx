import type { LoadedPack } from '../../core/content/loadPack';
import type { SearchGroup, SearchHit, SearchResponse } from '../../core/search/searchService';
import { useT } from '../i18n/useT';
import { documentShortName, documentTitle } from '../library/documentLabels';
import { VerificationBadge } from '../library/VerificationBadge';
import { SnippetText } from './SnippetText';

export const resultOptionId = (listId: string, index: number): string => `${listId}-option-${index}`;

interface Props {
  listId: string;
  response: SearchResponse;
  pack: LoadedPack;
  active: number;
  onOpen: (hit: SearchHit) => void;
  onHover: (index: number) => void;
}

/**
 * Results grouped by document, as a listbox the search field drives (↑ ↓ Enter). An option's name is its
 * content, reference first (heading, citation, status), then the passage.
 */
export function SearchResultsList({ listId, response, pack, active, onOpen, onHover }: Props) {
  const { t } = useT();
  // Options are numbered across groups, in the order shown (the order ↑ ↓ follow).
  const offsets = response.groups.map((_, g) => response.groups.slice(0, g).reduce((n, x) => n + x.hits.length, 0));
  return (
    <div role="listbox" id={listId} aria-label={t('search.results.listLabel')} className="search-results">
      {response.groups.map((group, g) => (
        <ResultGroup key={group.docId} group={group} pack={pack}>
          {group.hits.map((hit, j) => {
            const i = (offsets[g] ?? 0) + j;
            return <ResultOption key={hit.id} id={resultOptionId(listId, i)} hit={hit} pack={pack} selected={i === active} onOpen={onOpen} onHover={() => onHover(i)} />;
          })}
        </ResultGroup>
      ))}
    </div>
  );
}

function ResultGroup({ group, pack, children }: { group: SearchGroup; pack: LoadedPack; children: React.ReactNode }) {
  const { language } = useT();
  const doc = pack.documentsById.get(group.docId);
  const short = doc ? documentShortName(doc, language) : undefined;
  const title = doc ? documentTitle(doc, language) : undefined;
  return (
    <div role="group" aria-label={short?.text ?? group.docId} className="search-group">
      {/* The group's name is given by aria-label; this visible heading would only repeat it. */}
      <div className="search-group-title" aria-hidden="true">
        <span className="search-group-short" lang={short?.lang}>{short?.text ?? group.docId}</span>
        {title && title.text !== short?.text && <span className="search-group-long" lang={title.lang}>{title.text}</span>}
      </div>
      {children}
    </div>
  );
}

function ResultOption({ id, hit, pack, selected, onOpen, onHover }: { id: string; hit: SearchHit; pack: LoadedPack; selected: boolean; onOpen: (hit: SearchHit) => void; onHover: () => void }) {
  const { t } = useT();
  const verification = hit.kind === 'document' ? pack.documentsById.get(hit.docId)?.verification : pack.entriesById.get(hit.id)?.verification;
  return (
    <div
      role="option"
      id={id}
      aria-selected={selected}
      className={`search-hit${selected ? ' is-active' : ''}${hit.pinned ? ' is-pinned' : ''}`}
      onClick={() => onOpen(hit)}
      onMouseMove={onHover}
    >
      <div className="search-hit-head">
        <span className="search-hit-heading" lang="fr">
          {hit.kind === 'document' ? t('search.hit.document') : hit.heading}
        </span>
        {/* "Article 3 — Article" would say it twice. */}
        {hit.kind !== 'article' && <span className="search-hit-kind">{t(`search.kind.${hit.kind}`)}</span>}
        {verification && <VerificationBadge verification={verification} showNote={false} />}
        {hit.pinned && <span className="badge badge-pinned">{t('search.hit.pinned')}</span>}
      </div>
      <SnippetText snippet={hit.snippet} />
      <span className="search-hit-citation" lang="fr">
        {hit.citation}
      </span>
    </div>
  );
}
