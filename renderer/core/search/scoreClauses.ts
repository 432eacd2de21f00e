import { LANGUAGES, mapValues } from '../vocabulary';
import type { CorpusIndex } from './corpusIndex';
import { SEARCH_CONFIG, type IndexField } from './searchConfig';
import type { Alternative, Clause } from './queryPlan';
import { ScorePool, type ScoreMap, type ScoreVec } from './scorePool';
import { FIELD_BIT, type FieldMask } from './fieldMask';

// Scores records against clauses straight from FlexSearch's postings. A term scores by field (a word in
// a title or name counts most), by where it sits (FlexSearch's resolution slots: earlier is better) and
// by rarity (idf), so "enfant" weighs less than "creuseur". Scores live in dense vectors indexed by record
// number (see scorePool.ts): on a 20 MB corpus a common word has thousands of postings, and Maps of that
// size cost more than the rest of the search.

// Anchor text counts less than the record's own words: it says what the record is cited for, not what it says.
const FIELD_WEIGHT: Record<IndexField, number> = {
  title: 2.5,
  ...mapValues(LANGUAGES, () => 1),
  context: 0.8,
};
const SLOT_DECAY = 0.8 / SEARCH_CONFIG.resolution;

export interface ScoreContext {
  index: CorpusIndex;
  fields: readonly IndexField[];
  pool: ScorePool;
  /** Terms already looked up in this query. */
  memo: Map<string, ScoreVec>;
  /** Terms that matched something, to highlight. */
  matched: Set<string>;
  /** Which fields of each record hold a looked-up term (for snippets and the adjacency re-read). */
  matchedFields: FieldMask;
}

export const createScoreContext = (
  index: CorpusIndex,
  fields: readonly IndexField[],
  pool: ScorePool,
  matchedFields: FieldMask,
): ScoreContext => ({
  index,
  fields,
  pool,
  memo: new Map(),
  matched: new Set(),
  matchedFields,
});

export const termScores = (ctx: ScoreContext, term: string): ScoreVec => {
  const cached = ctx.memo.get(term);
  if (cached) return cached;
  const vec = ctx.pool.acquire();
  const { scores, ids } = vec;
  for (const field of ctx.fields) {
    const postings = ctx.index.maps[field].get(term);
    if (!postings) continue;
    const weight = FIELD_WEIGHT[field];
    // Anchor text has no word offsets: snippets and the adjacency re-read read the record's own fields.
    const bit = field === 'context' ? 0 : FIELD_BIT[field === 'title' ? 'names' : field];
    for (let slot = 0; slot < postings.length; slot += 1) {
      const list = postings[slot];
      if (!list) continue;
      const s = weight * (field === 'title' ? 1 - slot * SLOT_DECAY * 0.3 : 1 - slot * SLOT_DECAY);
      for (let i = 0; i < list.length; i += 1) {
        const id = list[i]!;
        if (bit !== 0) ctx.matchedFields.mark(id, bit);
        const prev = scores[id]!;
        if (prev === 0) {
          ids.push(id);
          scores[id] = s;
        } else {
          // The best field counts fully, the others a little: a term in the title and the text beats either.
          scores[id] = Math.max(prev, s) + 0.1 * Math.min(prev, s);
        }
      }
    }
  }
  const idf = Math.log(1 + ctx.index.ids.length / Math.max(1, ids.length));
  const { items, length } = ids;
  for (let i = 0; i < length; i += 1) scores[items[i]!] = scores[items[i]!]! * idf;
  if (ids.length > 0) ctx.matched.add(term);
  ctx.memo.set(term, vec);
  return vec;
};

/** Adds into `out` (keeping the best per record) the records holding every term of the alternative. */
const addAlternative = (ctx: ScoreContext, alt: Alternative, out: ScoreVec): void => {
  if (alt.terms.length === 1) {
    // One word (most thesaurus wordings, typo repairs, completions): its own scores, weighted.
    const vec = termScores(ctx, alt.terms[0]!);
    const { items, length } = vec.ids;
    for (let i = 0; i < length; i += 1) {
      const id = items[i]!;
      const s = vec.scores[id]! * alt.weight;
      const prev = out.scores[id]!;
      if (prev === 0) out.ids.push(id);
      if (s > prev) out.scores[id] = s;
    }
    return;
  }
  const vecs = alt.terms.map((t) => termScores(ctx, t)).sort((a, b) => a.ids.length - b.ids.length);
  const [first, ...others] = vecs;
  if (!first) return;
  const { items, length } = first.ids;
  outer: for (let i = 0; i < length; i += 1) {
    const id = items[i]!;
    let total = first.scores[id]!;
    let weakest = total;
    for (const v of others) {
      const o = v.scores[id]!;
      if (o === 0) continue outer;
      total += o;
      if (o < weakest) weakest = o;
    }
    // A wording of several words is one notion, as strong as its mean, but held back by its weakest word:
    // "travail" in a heading and "forcé" far down the text is not "travail forcé" in a heading.
    const s = ((total / vecs.length + weakest) / 2) * alt.weight;
    const prev = out.scores[id]!;
    if (prev === 0) out.ids.push(id);
    if (s > prev) out.scores[id] = s;
  }
};

/** A clause scores a record by its best alternative. */
export const clauseScores = (ctx: ScoreContext, clause: Clause): ScoreVec => {
  const single = clause.alternatives.length === 1 ? clause.alternatives[0] : undefined;
  if (single && single.terms.length === 1 && single.weight === 1) return termScores(ctx, single.terms[0]!);
  const out = ctx.pool.acquire();
  for (const alt of clause.alternatives) addAlternative(ctx, alt, out);
  return out;
};

/** Records matching every clause, scores summed (empty when some clause matches nothing). */
export const intersectClauses = (ctx: ScoreContext, vecs: readonly ScoreVec[]): ScoreMap => {
  const out = ctx.pool.acquireMap();
  const sorted = [...vecs].sort((a, b) => a.ids.length - b.ids.length);
  const [first, ...others] = sorted;
  if (!first) return out;
  const { items, length } = first.ids;
  outer: for (let i = 0; i < length; i += 1) {
    const id = items[i]!;
    let total = first.scores[id]!;
    for (const v of others) {
      const o = v.scores[id]!;
      if (o === 0) continue outer;
      total += o;
    }
    out.set(id, total);
  }
  return out;
};

/** Records matching at least `minClauses` clauses; more clauses, higher score (coverage squared). */
export const unionClauses = (ctx: ScoreContext, vecs: readonly ScoreVec[], minClauses = 1): ScoreMap => {
  const sums = ctx.pool.acquire();
  const counts = ctx.pool.acquire();
  for (const v of vecs) {
    const { items, length } = v.ids;
    for (let i = 0; i < length; i += 1) {
      const id = items[i]!;
      if (sums.scores[id] === 0) sums.ids.push(id);
      sums.scores[id] = sums.scores[id]! + v.scores[id]!;
      counts.scores[id] = counts.scores[id]! + 1;
    }
  }
  const out = ctx.pool.acquireMap();
  const n = Math.max(1, vecs.length);
  const { items, length } = sums.ids;
  for (let i = 0; i < length; i += 1) {
    const id = items[i]!;
    // counts holds the same records as sums: listed here, so that releasing the pool clears its slots.
    counts.ids.push(id);
    const count = counts.scores[id]!;
    if (count >= minClauses) out.set(id, sums.scores[id]! * (count / n) ** 2);
  }
  return out;
};
