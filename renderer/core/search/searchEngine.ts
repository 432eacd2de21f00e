import { buildNameIndex, findArticleRef, type NameIndex } from './articleRefs';
import type { CorpusIndex } from './corpusIndex';
import { INDEX_FIELDS, type IndexField } from './flexIndex';
import { documentFrequency } from './vocabulary';
import { parseQuery, type ParsedQuery, type SearchFilters } from './queryParser';
import { phraseClause, planClauses, type Clause } from './queryPlan';
import { clauseScores, intersectClauses, termScores, unionClauses, type ScoreContext, type Scores } from './scoreClauses';
import { fieldTermsReader, hasSequence, rerankByProximity, type FieldTerms } from './proximity';
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
const NAMED_DOC_FACTOR = 2;
const WEAKLY_NAMED_DOC_FACTOR = 1.3;
/** A document record is a table of contents: below its own articles unless it is named. */
const DOCUMENT_FACTOR = 0.3;
/** Below this many results for every word, records missing one word (of three or more) are added. */
const FEW_RESULTS = 10;

export const createSearchEngine = (index: CorpusIndex, records: readonly SearchRecord[]): SearchEngine => {
  if (records.length !== index.ids.length || records.some((r, i) => r.id !== index.ids[i])) {
    throw new Error('search index and records disagree');
  }
  return { index, records, names: buildNameIndex(records, (t) => documentFrequency(index, t)), numById: new Map(index.ids.map((id, i) => [id, i])) };
};

const passesFilters = (r: SearchRecord, f: SearchFilters): boolean =>
  (!f.kind || r.docKind === f.kind) &&
  (!f.jurisdiction || r.jurisdiction === f.jurisdiction) &&
  (!f.lang || r.text[f.lang] !== '' || r.kind === 'document');

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
    // Long natural queries ("enfant de 16 ans employé") rarely have every word in one provision: when
    // few records have them all, those missing one word follow, at half their score.
    if (all && all.size < FEW_RESULTS && lists.length >= 2) {
      for (const [n, s] of unionClauses(lists, lists.length - 1)) if (!all.has(n)) scores.set(n, s * 0.5);
    }
  }
  const named = new Set(ref.docIds);
  const strong = new Set(ref.strongDocIds);
  // "loi 09/001" alone: the law and its articles, in order.
  if (lists.length === 0 && ref.pinned.length === 0 && ref.numbered.length === 0) {
    for (const docId of strong) {
      const first = engine.numById.get(docId);
      if (first === undefined) continue;
      engine.records.forEach((r, n) => {
        if (r.docId === docId) scores.set(n, n === first ? 10 : 1 / (1 + n - first));
      });
    }
  }
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
    if (r.kind === 'document') score *= strong.has(r.id) && pinned.size === 0 ? NAMED_DOC_FACTOR * 2 : DOCUMENT_FACTOR;
    else if (strong.has(r.docId)) score *= NAMED_DOC_FACTOR;
    else if (named.has(r.docId)) score *= WEAKLY_NAMED_DOC_FACTOR;
    if (numbered.has(num)) score += NUMBERED_BONUS;
    if (pinned.has(num)) score += PINNED_BONUS;
    hits.push({ num, score, pinned: pinned.has(num) });
  }
  dropCoveredDocuments(engine, hits, strong);
  hits.sort((a, b) => b.score - a.score || a.num - b.num);
  const read = fieldTermsReader(engine.records);
  rerankByProximity(hits, adjacencySequences(ref.rest, clauses), read);
  const limit = options.limit ?? 50;
  const accepted = parsed.phrases.length === 0 ? hits.slice(0, limit) : checkPhrases(read, hits, parsed.phrases, limit);
  return { hits: accepted, total: parsed.phrases.length === 0 ? hits.length : accepted.length, terms: [...ctx.matched], parsed, partial };
};

/**
 * A document's own record is its table of contents: when some of its entries are hits, the screen shows
 * the document as their group heading anyway, so the record only stays when the query names it.
 */
const dropCoveredDocuments = (engine: SearchEngine, hits: EngineHit[], named: ReadonlySet<string>): void => {
  const withEntries = new Set<string>();
  for (const h of hits) {
    const r = engine.records[h.num];
    if (r && r.kind !== 'document') withEntries.add(r.docId);
  }
  for (let i = hits.length - 1; i >= 0; i -= 1) {
    const r = engine.records[hits[i]!.num];
    if (r && r.kind === 'document' && withEntries.has(r.id) && !named.has(r.id)) hits.splice(i, 1);
  }
};

/** Word pairs as typed, and every wording of several words the plan looks for. */
const adjacencySequences = (typed: readonly string[], clauses: readonly Clause[]): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i + 1 < typed.length; i += 1) out.push([typed[i]!, typed[i + 1]!]);
  for (const c of clauses) for (const a of c.alternatives) if (a.terms.length > 1 && !c.phrase) out.push(a.terms);
  return out;
};

const checkPhrases = (read: FieldTerms, hits: EngineHit[], phrases: string[][], limit: number): EngineHit[] => {
  const out: EngineHit[] = [];
  for (const hit of hits) {
    if (hit.pinned || phrases.every((p) => hasSequence(read(hit.num), p))) out.push(hit);
    if (out.length >= limit) break;
  }
  return out;
};

const definedFilters = (o: EngineOptions): SearchFilters => ({
  ...(o.kind ? { kind: o.kind } : {}),
  ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}),
  ...(o.lang ? { lang: o.lang } : {}),
});
