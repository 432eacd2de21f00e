import type { LoadedPack } from '../../core/content';
import type { SearchGroup, SearchHit, SearchResponse } from '../../core/search';
import { useT } from '../i18n/useT';
import { documentShortName, documentTitle } from '../library/documentLabels';
import { SearchResultOption } from './SearchResultOption';

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
  const offsets = response.groups.map((_, g) =>
    response.groups.slice(0, g).reduce((n, x) => n + x.hits.length, 0),
  );
  return (
    <div role="listbox" id={listId} aria-label={t('search.results.listLabel')} className="search-results">
      {response.groups.map((group, g) => (
        <ResultGroup key={group.docId} group={group} pack={pack}>
          {group.hits.map((hit, j) => {
            const i = (offsets[g] ?? 0) + j;
            return (
              <SearchResultOption
                key={hit.id}
                id={resultOptionId(listId, i)}
                hit={hit}
                pack={pack}
                selected={i === active}
                onOpen={onOpen}
                onHover={() => onHover(i)}
              />
            );
          })}
        </ResultGroup>
      ))}
    </div>
  );
}

function ResultGroup({
  group,
  pack,
  children,
}: {
  group: SearchGroup;
  pack: LoadedPack;
  children: React.ReactNode;
}) {
  const { language } = useT();
  const doc = pack.documentsById.get(group.docId);
  const short = doc ? documentShortName(doc, language) : undefined;
  const title = doc ? documentTitle(doc, language) : undefined;
  return (
    <div role="group" aria-label={short?.text ?? group.docId} className="search-group">
      {/* The group's name is given by aria-label; this visible heading would only repeat it. */}
      <div className="search-group-title" aria-hidden="true">
        <span className="search-group-short" lang={short?.lang}>
          {short?.text ?? group.docId}
        </span>
        {title && title.text !== short?.text && (
          <span className="search-group-long" lang={title.lang}>
            {title.text}
          </span>
        )}
      </div>
      {children}
    </div>
  );
}
