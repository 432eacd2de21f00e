import type { SearchResponse } from '../../core/search';
import { useT } from '../i18n/useT';
import type { SearchStatus } from './useSearchClient';

/** One polite live line: what the list below holds, or why it is empty. */
export function SearchStatusLine({
  status,
  query,
  response,
  failed,
}: {
  status: SearchStatus;
  query: string;
  response?: SearchResponse;
  failed: boolean;
}) {
  const { t } = useT();
  let text: string;
  if (status === 'failed' || failed) text = t('search.status.failed');
  else if (query.trim() === '') text = t('search.results.empty');
  else if (status !== 'ready' || !response) text = t('search.status.opening');
  else if (response.total === 0) text = t('search.results.none', { query });
  else {
    text = t('search.results.count', { count: response.total, query });
    if (response.hits.length < response.total)
      text += ` (${t('search.results.shown', { shown: response.hits.length })})`;
  }
  return (
    <div className="search-status">
      <p className={query.trim() === '' ? 'search-echo search-hint' : 'search-echo'} role="status">
        {text}
      </p>
      {response?.partial && response.total > 0 && (
        <p className="search-partial">{t('search.results.partial')}</p>
      )}
    </div>
  );
}
