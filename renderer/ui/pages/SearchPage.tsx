import { useState } from 'react';
import { MAX_QUERY_CHARS, type SearchFilters as Filters } from '../../core/search';
import { useT } from '../i18n/useT';
import { resultAddress } from '../search/resultAddress';
import { filtersFromParams, replaceAddress, searchAddress } from '../search/searchAddress';
import { SearchExamples } from '../search/SearchExamples';
import { SearchFilters } from '../search/SearchFilters';
import { blockListIds, blockOptions, kindBlocks, wantsOverview } from '../search/kindBlocks';
import { SearchKindBlocks } from '../search/SearchKindBlocks';
import { resultOptionId, SearchResultsList } from '../search/SearchResultsList';
import { SearchStatusLine } from '../search/SearchStatusLine';
import { useActiveOption } from '../search/useActiveOption';
import { useSearchClient } from '../search/useSearchClient';
import { useSearchResults } from '../search/useSearchResults';
import '../search/search.css';
import { PageHeading } from '../shell/PageHeading';
import { navigate, useHashRoute } from '../shell/useHashRoute';

const LIST_ID = 'search-results';
const PAGE_LIMIT = 40;
/** The overview by kind needs the best few of each kind: more results are fetched for it. */
const OVERVIEW_LIMIT = 80;

/** The search page. A new address (a search started from the banner) starts it afresh. */
export function SearchPage() {
  const route = useHashRoute();
  const params = route.query.toString();
  return <SearchView key={params} params={new URLSearchParams(params)} />;
}

/** Search as you type over the whole library, results grouped by document, driven from the keyboard. */
function SearchView({ params }: { params: URLSearchParams }) {
  const { t, language } = useT();
  // An address may carry a longer query than the box accepts: it is cut the same way, and said.
  const [query, setQuery] = useState((params.get('q') ?? '').slice(0, MAX_QUERY_CHARS));
  const cut = query.length >= MAX_QUERY_CHARS;
  const [filters, setFilters] = useState<Filters>(() => filtersFromParams(params));
  const { pack, client, status, rebuilt } = useSearchClient();
  // Without a type filter the results come as an overview by kind (kindBlocks.ts); "Voir tout" sets the type filter.
  const { response, failed } = useSearchResults(status === 'ready' ? client : undefined, query, {
    ...filters,
    limit: filters.kind === undefined ? OVERVIEW_LIMIT : PAGE_LIMIT,
    language,
  });
  const blocks = response && wantsOverview(response, filters.kind) ? kindBlocks(response) : undefined;
  const ordered = blocks ? blockOptions(blocks) : (response?.groups.flatMap((g) => g.hits) ?? []);
  const open = (index: number) => {
    const hit = ordered[index];
    if (hit) navigate(resultAddress(hit));
  };
  const update = (next: string, nextFilters: Filters) => {
    setQuery(next);
    setFilters(nextFilters);
    replaceAddress(searchAddress(next, nextFilters));
  };
  const keys = useActiveOption(
    ordered.length,
    JSON.stringify([query, filters]),
    open,
    () => open(0),
    () => update('', filters),
  );

  return (
    <section className="page search-page">
      <PageHeading>{t('search.title')}</PageHeading>
      <form autoComplete="off" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-page-input" className="search-label">
          {t('search.label')}
        </label>
        <input
          id="search-page-input"
          type="search"
          role="combobox"
          aria-expanded={ordered.length > 0}
          aria-controls={blocks ? blockListIds(LIST_ID, blocks) : LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={keys.active >= 0 ? resultOptionId(LIST_ID, keys.active) : undefined}
          aria-describedby={cut ? 'search-help search-cut' : 'search-help'}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_CHARS}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => update(e.target.value, filters)}
          onKeyDown={keys.onKeyDown}
        />
        {cut && (
          <p id="search-cut" className="warning" role="status">
            {t('search.cut', { max: MAX_QUERY_CHARS })}
          </p>
        )}
        <SearchFilters value={filters} onChange={(f) => update(query, f)} />
        <p id="search-help" className="help search-help">
          {t('search.help')}
        </p>
      </form>
      {rebuilt && <p className="notice search-rebuilt">{t('search.status.rebuilt')}</p>}
      <SearchStatusLine status={status} query={query} failed={failed} {...(response ? { response } : {})} />
      {query.trim() === '' && (
        <SearchExamples
          onPick={(example) => {
            update(example, filters);
            document.getElementById('search-page-input')?.focus();
          }}
        />
      )}
      {pack && blocks && ordered.length > 0 && (
        <SearchKindBlocks
          listId={LIST_ID}
          {...blocks}
          pack={pack}
          active={keys.active}
          onOpen={(hit) => navigate(resultAddress(hit))}
          onHover={keys.setActive}
          onSeeAll={(kind) => update(query, { ...filters, kind })}
        />
      )}
      {pack && !blocks && response && ordered.length > 0 && (
        <SearchResultsList
          listId={LIST_ID}
          response={response}
          pack={pack}
          active={keys.active}
          onOpen={(hit) => navigate(resultAddress(hit))}
          onHover={keys.setActive}
        />
      )}
    </section>
  );
}
