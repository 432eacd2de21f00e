import { DOC_KINDS, mapValues } from '../vocabulary';
import type { DocumentKind, Lang } from '../content';
import { runSearch, type EngineOptions, type SearchEngine } from './searchEngine';
import type { SearchFilters } from './queryParser';
import type { RecordKind } from './searchRecords';
import { buildSnippet, snippetTerms, type Snippet, type SnippetSource } from './snippet';
import { withWordMarks } from './wordMarks';

// The answer the screens and the command line consume: ranked hits with snippets, grouped by document.
// Plain data only, so it crosses the worker boundary as is.

export interface SearchHit {
  id: string;
  docId: string;
  kind: RecordKind;
  /** The kind of its document: law, indicators, guideline, directory. */
  docKind: DocumentKind;
  citation: string;
  heading: string;
  score: number;
  pinned: boolean;
  snippet: Snippet;
  /** Only an earlier version of the entry matched (issue 20): the dates it was in force. */
  olderVersion?: { from: string; until: string };
}

export interface SearchGroup {
  docId: string;
  hits: SearchHit[];
}

export interface SearchResponse {
  query: string;
  /** Best first, across documents. */
  hits: SearchHit[];
  /** The same hits grouped by document, groups in the order of their best hit (the order on screen). */
  groups: SearchGroup[];
  total: number;
  partial: boolean;
  /** Filters typed in the query itself (type:loi …), for the screen to reflect. */
  inlineFilters: SearchFilters;
  /** The legal instruments that answer best by their own title, names and summary, best first (at most three). */
  documents: { docId: string; score: number }[];
  /** How many results there are of each kind of document (laws, indicators, guidance, actors). */
  totalsByKind: Record<DocumentKind, number>;
}

export interface ServiceOptions extends EngineOptions {
  /** The reader's language: snippets quote it when it matches. */
  language?: Lang;
}

export const EMPTY_RESPONSE: SearchResponse = {
  query: '',
  hits: [],
  groups: [],
  total: 0,
  partial: false,
  inlineFilters: {},
  documents: [],
  totalsByKind: mapValues(DOC_KINDS, () => 0),
};

const round = (n: number): number => Math.round(n * 1000) / 1000;

const oneHitPerEntry = (ranked: readonly SearchHit[]): SearchHit[] => {
  const current = new Set(ranked.filter((hit) => !hit.olderVersion).map((hit) => hit.id));
  const seen = new Set<string>();
  return ranked.filter((hit) => {
    if (hit.olderVersion && (current.has(hit.id) || seen.has(hit.id))) return false;
    seen.add(hit.id);
    return true;
  });
};

export const search = (engine: SearchEngine, query: string, options: ServiceOptions = {}): SearchResponse => {
  if (query.trim() === '') return { ...EMPTY_RESPONSE, query };
  const result = runSearch(engine, query, options);
  const terms = snippetTerms(result.terms, engine.numbers);
  // One source for every hit, its record number set per hit: no object per snippet.
  const source: SnippetSource = {
    offsets: engine.index.offsets,
    vocab: engine.index.vocab,
    marks: engine.wordMarks,
    num: 0,
  };
  const ranked: SearchHit[] = withWordMarks(engine.wordMarks, terms.ids ?? [], () =>
    result.hits.map((h) => {
      const r = engine.records[h.num]!;
      source.num = h.num;
      // The optional field is added last, rather than spread into the literal: every hit gets one shape.
      const hit: SearchHit = {
        id: r.versionOf?.id ?? r.id,
        docId: r.docId,
        kind: r.kind,
        docKind: r.docKind,
        citation: r.citation,
        heading: r.heading,
        score: round(h.score),
        pinned: h.pinned,
        snippet: buildSnippet(r, terms, options.language ?? 'fr', h.fields, source),
      };
      if (r.versionOf) hit.olderVersion = { from: r.versionOf.from, until: r.versionOf.until };
      return hit;
    }),
  );
  // An entry found by its current wording and by an earlier one is one result, the current one; found by
  // an earlier wording only, it is the entry, flagged (issue 20).
  const flat = ranked.some((hit) => hit.olderVersion) ? oneHitPerEntry(ranked) : ranked;
  const groups = new Map<string, SearchGroup>();
  for (const hit of flat) {
    const group = groups.get(hit.docId) ?? { docId: hit.docId, hits: [] };
    group.hits.push(hit);
    groups.set(hit.docId, group);
  }
  const grouped = [...groups.values()];
  return {
    query,
    hits: flat,
    groups: grouped,
    total: result.total - (ranked.length - flat.length),
    partial: result.partial,
    inlineFilters: result.parsed.filters,
    totalsByKind: result.totalsByKind,
    documents: result.documents.map((d) => ({ docId: engine.records[d.num]!.id, score: round(d.score) })),
  };
};
