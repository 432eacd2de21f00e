import { DOC_KINDS, mapValues } from '../vocabulary';
import { buildNameIndex, findArticleRef, type NameIndex } from './articleRefs';
import type { CorpusIndex } from './corpusIndex';
import { INDEX_FIELDS, type IndexField } from './searchConfig';
import { documentFrequency, typoRepairs, vocabularyNumbers } from './vocabulary';
import { parseQuery, type ParsedQuery, type SearchFilters } from './queryParser';
import { knownAnywhere, phraseClause, planClauses, type Clause } from './queryPlan';
import { matchClauses } from './matchClauses';
import { adjacencySequences, bestHits, checkPhrases, dropCoveredDocuments, type RankedHit } from './rankHits';
import { createScoreContext, intersectClauses, termScores } from './scoreClauses';
import { ScorePool, type ScoreMap } from './scorePool';
import { FieldMask } from './fieldMask';
import { PROXIMITY_DEPTH, rerankByProximity, type WordSource } from './proximity';
import type { SearchRecord } from './searchRecords';
import type { DocumentKind } from '../content';
import { asksPenalty, INTENT_WORDS, intentFactors, PENALTY_FACTOR, queryIntent } from './queryIntent';
import { buildCitations, lendToCited, type Citations } from './citations';
import {
  buildRecordTraits,
  docOrdinals,
  IS_DOCUMENT,
  KIND_INDEX,
  sameShape,
  STATES_PENALTY,
  type RecordTraits,
} from './recordTraits';

// One search, start to end: parse, recognise a cited article, plan clauses, score from the index, then
// filters, exclusions, boosts and phrase checks. Pure and synchronous: the worker, the command line and
// the benchmark all run exactly this.

export interface SearchEngine {
  index: CorpusIndex;
  /** Aligned with index.ids. */
  records: readonly SearchRecord[];
  names: NameIndex;
  /** Record number of an id (built on first use: only cited articles need it). */
  numOf(id: string): number | undefined;
  pool: ScorePool;
  /** Which fields of each record matched, during one query. */
  matchedFields: FieldMask;
  /** Term → vocabulary number (the word offsets' numbering). */
  numbers: ReadonlyMap<string, number>;
  /** A byte per vocabulary word for the adjacency re-read (proximity.ts), zero between queries. */
  wordMarks: Uint8Array;
  /** What each record cites, as record numbers (citations.ts). */
  citations: Citations;
  /** Record number of each record's document (-1 when the pack lacks it): per-hit bookkeeping without string keys. */
  docNum: Int32Array;
  /** Per document record, a count during one query (law entries that answer), zero between queries. */
  docCounts: Uint32Array;
  /** Per-record facts the ranking loop reads, as typed arrays. */
  traits: RecordTraits;
  /** Record numbers of each document's entries, in pack order (built on first use: only a named law listed alone needs it). */
  entriesOf(docId: string): readonly number[];
}

export interface EngineOptions extends SearchFilters {
  limit?: number;
  /** Complete the last word when it may still be being typed (default true). */
  complete?: boolean;
}

export interface EngineHit extends RankedHit {
  /** Which fields (FIELD_BIT flags) hold a word of the query: a snippet quotes one of the texts among them. */
  fields: number;
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
  /**
   * The legal instruments that answer best, by their own record (title, names, summary), best first, kept
   * even when their articles stand for them among the hits: the suggestion box offers the best one.
   */
  documents: RankedHit[];
  /** How many records matched, by the kind of their document (before the limit). */
  totalsByKind: Record<DocumentKind, number>;
}

/** How many best documents a result carries, chosen among this many candidates. */
const BEST_DOCUMENTS = 3;
const DOCUMENT_CANDIDATES = 8;
/** Between instruments that answer alike, the law of the DRC before the treaties it applies. */
const NATIONAL_FIRST = 1.25;
/**
 * The hierarchy of norms, read from the form an instrument's title gives: between instruments that answer
 * alike, a law before the decree that applies it and the ministerial order under both.
 */
const NORM_LEVEL: readonly [RegExp, number][] = [
  [/^arr[eê]t[eé](?!\p{L})/iu, 0.6],
  [/^d[eé]cret(?!\p{L})/iu, 0.8],
];
const normLevel = (r: SearchRecord): number => NORM_LEVEL.find(([form]) => form.test(r.heading))?.[1] ?? 1;

/** Cited records come first, in the order cited (a family in its own order): each one step below the last. */
const PINNED_BONUS = 10_000;
const PINNED_STEP = 100;
const NUMBERED_BONUS = 40;
/** A named instrument's own records that match the rest of the query come before other documents' records. */
const NAMED_BONUS = 100;
const WEAKLY_NAMED_DOC_FACTOR = 1.3;
/** A document record is a table of contents: below its own articles unless it is named alone. */
const DOCUMENT_FACTOR = 0.3;
const LISTED_DOCUMENT_FACTOR = 4;
const LAW = KIND_INDEX.law;
const GUIDELINE = KIND_INDEX.guideline;

export const createSearchEngine = (index: CorpusIndex, given: readonly SearchRecord[]): SearchEngine => {
  if (given.length !== index.ids.length || given.some((r, i) => r.id !== index.ids[i])) {
    throw new Error('search index and records disagree');
  }
  const records = sameShape(given);
  let numbers: Map<string, number> | undefined;
  let entries: Map<string, number[]> | undefined;
  const docNums = new Map<string, number>();
  records.forEach((r, n) => {
    if (r.kind === 'document') docNums.set(r.id, n);
  });
  return {
    index,
    records,
    names: buildNameIndex(records, (t) => documentFrequency(index, t)),
    numOf: (id) => (numbers ??= new Map(index.ids.map((x, i) => [x, i]))).get(id),
    pool: new ScorePool(records.length),
    matchedFields: new FieldMask(records.length),
    numbers: vocabularyNumbers(index),
    wordMarks: new Uint8Array(index.vocab.length),
    citations: buildCitations(records, index.ids),
    docNum: Int32Array.from(records, (r) => docNums.get(r.docId) ?? -1),
    docCounts: new Uint32Array(records.length),
    traits: buildRecordTraits(records),
    entriesOf: (docId) => {
      if (!entries) {
        entries = new Map();
        records.forEach((r, n) => {
          const list = entries!.get(r.docId);
          if (list) list.push(n);
          else entries!.set(r.docId, [n]);
        });
      }
      return entries.get(docId) ?? [];
    },
  };
};

const passesFilters = (r: SearchRecord, f: SearchFilters): boolean =>
  (!f.kind || r.docKind === f.kind) &&
  (!f.jurisdiction || r.jurisdiction === f.jurisdiction) &&
  (!f.lang || r.text[f.lang] !== '' || r.kind === 'document');

export const runSearch = (engine: SearchEngine, query: string, options: EngineOptions = {}): EngineResult => {
  try {
    return searchOnce(engine, query, options);
  } finally {
    engine.pool.releaseAll();
    engine.matchedFields.clear();
  }
};

const searchOnce = (engine: SearchEngine, query: string, options: EngineOptions): EngineResult => {
  const parsed = parseQuery(query);
  const filters: SearchFilters = { ...parsed.filters, ...definedFilters(options) };
  const fields: readonly IndexField[] = filters.lang ? ['title', filters.lang] : INDEX_FIELDS;
  const ctx = createScoreContext(engine.index, fields, engine.pool, engine.matchedFields);
  // A misspelt name is still a name ("convension 182", "protocle de palerme"): words the index lacks are
  // repaired before names are looked for (the last word, maybe still being typed, is left to completion).
  const terms = parsed.terms.map((t, i) =>
    i < parsed.terms.length - 1 || !parsed.lastTermOpen ? repairedName(engine, t) : t,
  );
  const ref = findArticleRef(terms, engine.names, parsed.numbering);
  const intent = queryIntent(query);
  const content = ref.rest.filter((t) => !INTENT_WORDS.has(t));
  const words = content.length > 0 ? content : ref.rest;
  const clauses: Clause[] = [
    ...planClauses(engine.index, words, { completeLast: parsed.lastTermOpen && options.complete !== false }),
    ...parsed.phrases.map(phraseClause),
  ];
  const { traits } = engine;
  const named = docOrdinals(traits, ref.docIds);
  const strongIds = new Set(ref.strongDocIds);
  const strong = docOrdinals(traits, strongIds);
  const { scores, partial } = matchClauses(
    ctx,
    clauses,
    strong.size > 0 ? (n) => strong.has(traits.docOrd[n]!) : undefined,
  );
  const toNums = (ids: string[]): Set<number> =>
    new Set(ids.map((id) => engine.numOf(id)).filter((n): n is number => n !== undefined));
  const pinned = toNums(ref.pinned);
  const pinnedRank = new Map([...pinned].map((n, i) => [n, Math.min(i, 50)]));
  const numbered = toNums(ref.numbered);
  if (clauses.length === 0) {
    // "loi 09/001" alone: the law and its articles, in order; "art. 53 loi 09/001": that article, then the
    // rest of the law for context; "art. 3" alone: every article 3.
    for (const docId of pinned.size > 0 ? ref.docIds : strongIds) listDocument(engine, docId, scores);
    for (const n of numbered) scores.set(n, 0);
  }
  if (clauses.length > 0)
    lendToCited(
      engine.citations,
      scores,
      engine.pool,
      intent === 'action' ? () => true : (n) => traits.kindOf[n] === LAW,
      intent === 'action' ? () => true : (n) => traits.kindOf[n] !== GUIDELINE,
    );
  for (const n of pinned) scores.set(n, scores.get(n) ?? 0);
  const excluded = new Set<number>();
  for (const terms of parsed.excludes) {
    const { items, length } = intersectClauses(
      ctx,
      terms.map((t) => termScores(ctx, t)),
    ).nums;
    for (let i = 0; i < length; i += 1) excluded.add(items[i]!);
  }
  let hits: RankedHit[] = [];
  const documents: RankedHit[] = [];
  const byKind = new Uint32Array(DOC_KINDS.length);
  // On a large corpus a common word keeps tens of thousands of records: this loop is the hottest part of a
  // query, so what is usually empty is tested once and per-record facts are read from typed arrays
  // (recordTraits.ts), never from the records themselves.
  const filtering =
    filters.kind !== undefined || filters.jurisdiction !== undefined || filters.lang !== undefined;
  const factors = intentFactors(intent);
  const kindFactor = DOC_KINDS.map((k) => (factors ? factors[k] : 1));
  const penaltyFactor = asksPenalty(query) ? PENALTY_FACTOR : 1;
  const hasNamed = named.size > 0;
  const hasExcluded = excluded.size > 0;
  const hasPinned = pinned.size > 0;
  const hasNumbered = numbered.size > 0;
  const listed = !hasPinned && clauses.length === 0;
  const { flags, kindOf, docOrd } = traits;
  // How many articles of each law answer (by the law's record number): a law most of whose articles answer is about the subject.
  const answering = engine.docCounts;
  const counted: number[] = [];
  let documentHits = 0;
  try {
    const { items, length } = scores.nums;
    for (let i = 0; i < length; i += 1) {
      const num = items[i]!;
      if ((hasExcluded && excluded.has(num)) || (filtering && !passesFilters(engine.records[num]!, filters)))
        continue;
      const base = scores.get(num)!;
      const kind = kindOf[num]!;
      const f = flags[num]!;
      let score = base * kindFactor[kind]!;
      if ((f & STATES_PENALTY) !== 0) score *= penaltyFactor;
      if ((f & IS_DOCUMENT) !== 0) {
        documentHits += 1;
        const isStrong = strong.has(docOrd[num]!);
        score *= isStrong && listed ? LISTED_DOCUMENT_FACTOR : DOCUMENT_FACTOR;
        if (kind === LAW)
          keepBest(documents, DOCUMENT_CANDIDATES, {
            num,
            score: base * kindFactor[kind]! + (isStrong ? NAMED_BONUS : 0),
            pinned: false,
          });
      } else {
        if (hasNamed && named.has(docOrd[num]!)) {
          // The named document's own record is the heading of its group: only its entries take the bonus.
          if (!strong.has(docOrd[num]!)) score *= WEAKLY_NAMED_DOC_FACTOR;
          else if (clauses.length > 0) score += NAMED_BONUS;
        }
        const d = engine.docNum[num]!;
        if (kind === LAW && d >= 0) {
          const n = answering[d]!;
          if (n === 0) counted.push(d);
          answering[d] = n + 1;
        }
      }
      if (hasNumbered && numbered.has(num)) score += NUMBERED_BONUS;
      const rank = hasPinned ? pinnedRank.get(num) : undefined;
      if (rank !== undefined) score += PINNED_BONUS - rank * PINNED_STEP;
      byKind[kind]! += 1;
      hits.push({ num, score, pinned: rank !== undefined });
    }
    if (documentHits > 0) hits = dropCoveredDocuments(traits, engine.docNum, hits, strong, byKind);
    bestDocuments(engine, documents, answering);
  } finally {
    for (const d of counted) answering[d] = 0;
  }
  const totalsByKind = mapValues(DOC_KINDS, (k) => byKind[KIND_INDEX[k]]!);
  const total = hits.length;
  const limit = options.limit ?? 50;
  // Quoted phrases discard hits after ranking, so more candidates are kept for them.
  const best = bestHits(hits, parsed.phrases.length > 0 ? limit * 10 : Math.max(limit, PROXIMITY_DEPTH));
  const wordSource: WordSource = {
    offsets: engine.index.offsets,
    numbers: engine.numbers,
    fieldsOf: (num) => engine.matchedFields.get(num),
    marks: engine.wordMarks,
  };
  rerankByProximity(best, adjacencySequences(words, clauses), wordSource);
  const accepted =
    parsed.phrases.length === 0
      ? best.slice(0, limit)
      : checkPhrases(wordSource, best, parsed.phrases, limit);
  return {
    hits: accepted.map((h) => ({
      num: h.num,
      score: h.score,
      pinned: h.pinned,
      fields: engine.matchedFields.get(h.num),
    })),
    total: parsed.phrases.length === 0 ? total : accepted.length,
    terms: [...ctx.matched],
    parsed,
    partial,
    documents,
    totalsByKind,
  };
};

const repairedName = (engine: SearchEngine, term: string): string => {
  if (!/^\p{L}{5,24}$/u.test(term) || knownAnywhere(engine.index, term)) return term;
  const fix = typoRepairs(engine.index, term)[0];
  return fix !== undefined && engine.names.byFirstTerm.has(fix) ? fix : term;
};

/** Inserts `hit` into the short list `best` (best first), keeping `size`. */
const keepBest = (best: RankedHit[], size: number, hit: RankedHit): void => {
  if (best.length === size && hit.score <= best[best.length - 1]!.score) return;
  let at = best.length;
  while (at > 0 && best[at - 1]!.score < hit.score) at -= 1;
  best.splice(at, 0, hit);
  if (best.length > size) best.pop();
};

/**
 * The best legal instruments among the candidates: by their own record, times how many of their articles
 * answer (a law most of whose articles answer is about the subject), the hierarchy of norms, and the law
 * of the DRC before the treaties it applies ("enfant": Loi 09/001 portant protection de l'enfant).
 */
const bestDocuments = (engine: SearchEngine, candidates: RankedHit[], answering: Uint32Array): void => {
  for (const hit of candidates) {
    const r = engine.records[hit.num]!;
    hit.score *=
      normLevel(r) *
      (r.jurisdiction === 'RDC' ? NATIONAL_FIRST : 1) *
      (1 + Math.log2(1 + answering[hit.num]!));
  }
  candidates.sort((a, b) => b.score - a.score || a.num - b.num).splice(BEST_DOCUMENTS);
};

const listDocument = (engine: SearchEngine, docId: string, scores: ScoreMap): void => {
  const first = engine.numOf(docId);
  if (first === undefined) return;
  for (const n of engine.entriesOf(docId)) scores.set(n, n === first ? 10 : 1 / (1 + n - first));
};

const definedFilters = (o: EngineOptions): SearchFilters => ({
  ...(o.kind ? { kind: o.kind } : {}),
  ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}),
  ...(o.lang ? { lang: o.lang } : {}),
});
