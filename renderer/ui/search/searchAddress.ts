import { DOC_KINDS, isOneOf, JURISDICTIONS, LANGUAGES } from '../../core/vocabulary';
import type { SearchFilters } from '../../core/search';

// The search page's address holds the query and filters in French words, so a search can be bookmarked or
// pasted: `#/recherche?q=travail+forcé&type=law&juridiction=RDC&langue=sw`.

export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const f: SearchFilters = {};
  const kind = params.get('type');
  const jurisdiction = params.get('juridiction');
  const lang = params.get('langue');
  if (isOneOf(DOC_KINDS, kind)) f.kind = kind;
  if (isOneOf(JURISDICTIONS, jurisdiction)) f.jurisdiction = jurisdiction;
  if (isOneOf(LANGUAGES, lang)) f.lang = lang;
  return f;
}

export function searchAddress(query: string, filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query);
  if (filters.kind) params.set('type', filters.kind);
  if (filters.jurisdiction) params.set('juridiction', filters.jurisdiction);
  if (filters.lang) params.set('langue', filters.lang);
  const text = params.toString();
  return text ? `recherche?${text}` : 'recherche';
}

/** Keeps the address in step with typing without adding a history entry per keystroke. */
export function replaceAddress(path: string): void {
  window.history.replaceState(window.history.state, '', `#/${path}`);
}
