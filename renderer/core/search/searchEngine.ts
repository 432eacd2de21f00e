import { analyse } from './analyzer';
import { buildNameIndex, findArticleRef, type NameIndex } from './articleRefs';
import type { CorpusIndex } from './corpusIndex';
import { INDEX_FIELDS, type IndexField } from './flexIndex';
import { parseQuery, type ParsedQuery, type SearchFilters } from './queryParser';
import { phraseClause, planClauses, type Clause } from './queryPlan';
import { clauseScores, intersectClauses, termScores, unionClauses, type ScoreContext, type Scores } from './scoreClauses';
import type { SearchRecord } from './searchRecords';

// One search, start to end: parse, recognise a cited article, plan clauses, score from the index, then
// filters, exclusions, boosts and phrase checks. Pure and synchronous: the worker, the command line and
// the benchmark all run exactly this.

export interface SearchEngine {
  index: CorpusIndex;
  /** Aligned with index.ids. */
  records: readonly SearchRecord[];
  names: NameIndex;
  numById: Map<string, number>;
}

export interface EngineOptions extends SearchFilters {
  limit?: number;
  /** Complete the last word when it may still be being typed (default true). */
  complete?: boolean;
}

export interface EngineHit {
  num: number;
  score: number;
  /** Named exactly by the query ("art. 53 loi 09/001"). */
  pinned: boolean;
}

export interface EngineResult {
  hits: EngineHit[];
  /** How many records matched before the limit. */
  total: number;
  /** Terms to highlight (analysed forms). */
  terms: string[];
  parsed: ParsedQuery;
  /** No record had every word: these hits have only some of them. */
  partial: boolean;
}

const PINNED_BONUS = 1000;
const NUMBERED_BONUS = 40;
const NAMED_DOC_FACTOR = 1.5;
/** A document record is a table of contents: below its own articles unless it is named. */
const DOCUMENT_FACTOR = 0.6;

export const createSearchEngine = (index: CorpusIndex, records: readonly SearchRecord[]): SearchEngine => {
  if (records.length !== index.ids.length || records.some((r, i) => r.id !== index.ids[i])) {
    throw new Error('search index and records disagree');
  }
  return { index, records, names: buildNameIndex(records), numById: new Map(index.ids.map((id, i) => [id, i])) };
};

const passesFilters = (r: SearchRecord, f: SearchFilters): boolean =>
  (!f.kind || r.docKind === f.kind) &&
  (!f.jurisdiction || r.jurisdiction === f.jurisdiction) &&
  (!f.lang || r.text[f.lang] !== '' || r.kind === 'document');

/** Phrase check on the record's own text: the terms adjacent and in order, in some field. */
const hasPhrase = (r: SearchRecord, phrase: readonly string[]): boolean =>
  [r.names, r.text.fr, r.text.en, r.text.sw].some((text) => {
    const terms = analyse(text);
    for (let i = 0; i + phrase.length <= terms.length; i += 1) if (phrase.every((t, k) => terms[i + k] === t)) return true;
    return false;
  });

export const runSearch = (engine: SearchEngine, query: string, options: EngineOptions = {}): EngineResult => {
  const parsed = parseQuery(query);
  const filters: SearchFilters = { ...parsed.filters, ...definedFilters(options) };
  const fields: readonly IndexField[] = filters.lang ? ['title', filters.lang] : INDEX_FIELDS;
  const ctx: ScoreContext = { index: engine.index, fields, memo: new Map(), matched: new Set() };
  const ref = findArticleRef(parsed.terms, engine.names);
  const clauses: Clause[] = [
    ...planClauses(engine.index, ref.rest, { completeLast: parsed.lastTermOpen && options.complete !== false }),
    ...parsed.phrases.map(phraseClause),
  ];
  const lists = clauses.map((c) => clauseScores(ctx, c));
  let scores: Scores = new Map();
  let partial = false;
  if (lists.length > 0) {
    const all = intersectClauses(lists);
    partial = all === null && lists.length > 1;
    scores = all ?? (partial ? unionClauses(lists) : new Map<number, number>());
  }
  const named = new Set(ref.docIds);
  const pinned = new Set(ref.pinned.map((id) => engine.numById.get(id)).filter((n): n is number => n !== undefined));
  const numbered = new Set(ref.numbered.map((id) => engine.numById.get(id)).filter((n): n is number => n !== undefined));
  // With nothing else to match, the numbered articles are the answer; otherwise they only rise.
  if (lists.length === 0) for (const n of numbered) scores.set(n, 0);
  for (const n of pinned) scores.set(n, scores.get(n) ?? 0);
  const excluded = new Set<number>();
  for (const terms of parsed.excludes) {
    const hit = intersectClauses(terms.map((t) => termScores(ctx, t)));
    if (hit) for (const n of hit.keys()) excluded.add(n);
  }
  const hits: EngineHit[] = [];
  for (const [num, base] of scores) {
    const r = engine.records[num];
    if (!r || excluded.has(num) || !passesFilters(r, filters)) continue;
    let score = base;
    if (r.kind === 'document') score *= named.has(r.id) && pinned.size === 0 ? NAMED_DOC_FACTOR * 2 : DOCUMENT_FACTOR;
    else if (named.has(r.docId)) score *= NAMED_DOC_FACTOR;
    if (numbered.has(num)) score += NUMBERED_BONUS;
    if (pinned.has(num)) score += PINNED_BONUS;
    hits.push({ num, score, pinned: pinned.has(num) });
  }
  hits.sort((a, b) => b.score - a.score || a.num - b.num);
  const limit = options.limit ?? 50;
  const accepted = parsed.phrases.length === 0 ? hits.slice(0, limit) : checkPhrases(engine, hits, parsed.phrases, limit);
  return { hits: accepted, total: parsed.phrases.length === 0 ? hits.length : accepted.length, terms: [...ctx.matched], parsed, partial };
};

const checkPhrases = (engine: SearchEngine, hits: EngineHit[], phrases: string[][], limit: number): EngineHit[] => {
  const out: EngineHit[] = [];
  for (const hit of hits) {
    const r = engine.records[hit.num];
    if (r && (hit.pinned || phrases.every((p) => hasPhrase(r, p)))) out.push(hit);
    if (out.length >= limit) break;
  }
  return out;
};

const definedFilters = (o: EngineOptions): SearchFilters => ({
  ...(o.kind ? { kind: o.kind } : {}),
  ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}),
  ...(o.lang ? { lang: o.lang } : {}),
});
