import type { LoadedPack } from '../../core/content/loadPack';
import type { SearchHit } from '../../core/search/searchService';
import { useT } from '../i18n/useT';
import { documentShortName } from '../library/documentLabels';

export const suggestionId = (index: number): string => `global-suggestion-${index}`;

interface Props {
  id: string;
  query: string;
  hits: SearchHit[];
  pack: LoadedPack;
  active: number;
  onChoose: (index: number) => void;
}

/** The banner's search-as-you-type panel: the best few provisions, then "all results". */
export function SearchSuggestions({ id, query, hits, pack, active, onChoose }: Props) {
  const { t, language } = useT();
  return (
    <div role="listbox" id={id} aria-label={t('search.suggestions.label')} className="search-suggestions">
      {hits.map((hit, i) => {
        const doc = pack.documentsById.get(hit.docId);
        const short = doc ? documentShortName(doc, language) : undefined;
        return (
          <div
            key={hit.id}
            role="option"
            id={suggestionId(i)}
            aria-selected={i === active}
            className={`search-suggestion${i === active ? ' is-active' : ''}`}
            // Keep the focus in the field: the click still lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(i)}
          >
            <span className="search-suggestion-title" lang="fr">
              {short ? `${short.text} — ` : ''}
              {hit.kind === 'document' ? t('search.hit.document') : hit.heading}
            </span>
            <span className="search-suggestion-doc">{t(`search.kind.${hit.kind}`)}</span>
          </div>
        );
      })}
      <div
        role="option"
        id={suggestionId(hits.length)}
        aria-selected={active === hits.length}
        className={`search-suggestion search-suggestion-all${active === hits.length ? ' is-active' : ''}`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onChoose(hits.length)}
      >
        {t('search.suggestions.all', { query })}
      </div>
    </div>
  );
}
