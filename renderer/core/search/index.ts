// The face of core/search: what the UI and the other features may use. Everything else is internal.
export { MAX_QUERY_CHARS, type SearchFilters } from './queryParser';
export { createSearchClient, type SearchClient } from './searchClient';
export { searchConfigHash, type SearchSource } from './searchIndex';
export type { SearchGroup, SearchHit, SearchResponse, ServiceOptions } from './searchService';
export type { Snippet } from './snippet';
// Issue 20: the workshop builds and the delta importer rebuilds a pack's index in the app (content/assemblePack.ts).
export { buildSearchIndex, exportSearchIndex } from './searchIndex';
export { SEARCH_CONFIG } from './searchConfig';
