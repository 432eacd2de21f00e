import type { DocumentKind, Jurisdiction, Lang } from '../../core/content/types';
import type { SearchFilters } from '../../core/search/queryParser';

// The search page's address holds the query and filters in French words, so a search can be bookmarked or
// pasted: `#/recherche?q=travail+forcé&type=law&juridiction=RDC&langue=sw`.

const KINDS: readonly string[] = ['law', 'indicators', 'guideline', 'directory'];
const JURISDICTIONS: readonly string[] = ['RDC', 'international', 'regional'];
const LANGS: readonly string[] = ['fr', 'en', 'sw'];

export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const f: SearchFilters = {};
  const kind = params.get('type');
  const jurisdiction = params.get('juridiction');
  const lang = params.get('langue');
  if (kind && KINDS.includes(kind)) f.kind = kind as DocumentKind;
  if (jurisdiction && JURISDICTIONS.includes(jurisdiction)) f.jurisdiction = jurisdiction as Jurisdiction;
  if (lang && LANGS.includes(lang)) f.lang = lang as Lang;
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
