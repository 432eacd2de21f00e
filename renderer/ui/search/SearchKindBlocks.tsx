import type { DocumentKind, LoadedPack } from '../../core/content';
import type { SearchHit } from '../../core/search';
import { useT } from '../i18n/useT';
import { documentShortName } from '../library/documentLabels';
import type { KindBlock } from './kindBlocks';
import { resultOptionId } from './SearchResultsList';
import { SearchResultOption } from './SearchResultOption';

interface Props {
  listId: string;
  blocks: KindBlock[];
  actors: KindBlock;
  pack: LoadedPack;
  active: number;
  onOpen: (hit: SearchHit) => void;
  onHover: (index: number) => void;
  onSeeAll: (kind: DocumentKind) => void;
}

/**
 * The overview of a search: one block per kind side by side (legal provisions, indicators, referral
 * steps), the best few of each with "Voir tout", then the actors on a line. Each block is a listbox the
 * search field drives (↑ ↓ run through the blocks in order); "Voir tout" is a button reached with Tab.
 */
export function SearchKindBlocks({ listId, blocks, actors, pack, active, onOpen, onHover, onSeeAll }: Props) {
  const { t, language } = useT();
  const offsets = blocks.map((_, b) => blocks.slice(0, b).reduce((n, x) => n + x.hits.length, 0));
  const actorsOffset = blocks.reduce((n, x) => n + x.hits.length, 0);
  const shortName = (docId: string) => {
    const doc = pack.documentsById.get(docId);
    return doc ? documentShortName(doc, language).text : docId;
  };
  return (
    <div className="search-kinds" id={listId}>
      <div className="search-kind-columns">
        {blocks.map((block, b) => (
          <section key={block.kind} className="search-kind" aria-labelledby={`${listId}-${block.kind}-title`}>
            <div className="search-kind-head">
              <h2 className="search-kind-title" id={`${listId}-${block.kind}-title`}>
                {t(`search.kinds.${block.kind}`)} <span className="search-kind-count">{block.total}</span>
              </h2>
              {block.total > block.hits.length && (
                <button
                  type="button"
                  className="secondary search-see-all"
                  onClick={() => onSeeAll(block.kind)}
                >
                  {t('search.kinds.seeAll', { count: block.total })}
                </button>
              )}
            </div>
            {block.hits.length === 0 ? (
              <p className="search-kind-none">{t('search.kinds.none')}</p>
            ) : (
              <div
                role="listbox"
                id={`${listId}-${block.kind}`}
                aria-labelledby={`${listId}-${block.kind}-title`}
                className="search-kind-list"
              >
                {block.hits.map((hit, j) => {
                  const i = (offsets[b] ?? 0) + j;
                  return (
                    <SearchResultOption
                      key={hit.id}
                      id={resultOptionId(listId, i)}
                      hit={hit}
                      pack={pack}
                      selected={i === active}
                      onOpen={onOpen}
                      onHover={() => onHover(i)}
                      // A provision is named by its law ("Loi 09/001 — Article 53"); an indicator or a step by its own heading.
                      {...(hit.docKind === 'law' && hit.kind !== 'document'
                        ? { documentLabel: shortName(hit.docId) }
                        : {})}
                      compact
                    />
                  );
                })}
              </div>
            )}
          </section>
        ))}
      </div>
      {actors.total > 0 && (
        <section className="search-kind-actors" aria-labelledby={`${listId}-directory-title`}>
          <h2 className="search-kind-title" id={`${listId}-directory-title`}>
            {t('search.kinds.directory')} <span className="search-kind-count">{actors.total}</span>
          </h2>
          <div
            role="listbox"
            id={`${listId}-directory`}
            aria-labelledby={`${listId}-directory-title`}
            className="search-actor-list"
          >
            {actors.hits.map((hit, j) => {
              const i = actorsOffset + j;
              return (
                <div
                  key={hit.id}
                  role="option"
                  id={resultOptionId(listId, i)}
                  aria-selected={i === active}
                  className={`search-actor${i === active ? ' is-active' : ''}`}
                  onClick={() => onOpen(hit)}
                  onMouseMove={() => onHover(i)}
                  lang="fr"
                >
                  {hit.heading}
                </div>
              );
            })}
          </div>
          {actors.total > actors.hits.length && (
            <button type="button" className="secondary search-see-all" onClick={() => onSeeAll('directory')}>
              {t('search.kinds.seeAll', { count: actors.total })}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
