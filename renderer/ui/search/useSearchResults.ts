import { useEffect, useState } from 'react';
import type { SearchClient, SearchResponse, ServiceOptions } from '../../core/search';

export interface SearchResultsState {
  /** The answer to the latest query (older answers are dropped), or undefined before the first. */
  response?: SearchResponse;
  /** A newer question is on its way; `response` still answers the previous one. */
  searching: boolean;
  failed: boolean;
}

/** Asks the worker on every change of query or options; only the latest answer is kept. */
export function useSearchResults(
  client: SearchClient | undefined,
  query: string,
  options: ServiceOptions,
): SearchResultsState {
  const { kind, jurisdiction, lang, limit, language } = options;
  const key = JSON.stringify([query, kind, jurisdiction, lang, limit, language]);
  const [answer, setAnswer] = useState<{ key: string; response?: SearchResponse; failed: boolean }>();
  const asking = client !== undefined && query.trim() !== '';
  useEffect(() => {
    if (!client || query.trim() === '') return undefined;
    let live = true;
    const opts: ServiceOptions = {
      ...(kind ? { kind } : {}),
      ...(jurisdiction ? { jurisdiction } : {}),
      ...(lang ? { lang } : {}),
      ...(limit ? { limit } : {}),
      ...(language ? { language } : {}),
    };
    client.search(query, opts).then(
      (response) => live && setAnswer({ key, response, failed: false }),
      () => live && setAnswer({ key, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [client, key, query, kind, jurisdiction, lang, limit, language]);
  if (!asking) return { searching: false, failed: false };
  return {
    ...(answer?.response ? { response: answer.response } : {}),
    searching: answer?.key !== key,
    failed: answer?.key === key && answer.failed,
  };
}
