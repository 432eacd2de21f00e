import type { CorpusIndex } from './corpusIndex';
import { INDEX_CONFIG, type IndexField } from './flexIndex';
import type { Alternative, Clause } from './queryPlan';

// Scores records against clauses straight from FlexSearch's postings. A term scores by field (a word in
// a title or name counts most), by where it sits (FlexSearch's resolution slots: earlier is better) and
// by rarity (idf), so "enfant" weighs less than "creuseur".

export type Scores = Map<number, number>;

const FIELD_WEIGHT: Record<IndexField, number> = { title: 2.5, fr: 1, en: 1, sw: 1 };
const SLOT_DECAY = 0.8 / INDEX_CONFIG.resolution;

export interface ScoreContext {
  index: CorpusIndex;
  fields: readonly IndexField[];
  /** Terms already looked up in this query. */
  memo: Map<string, Scores>;
  /** Terms that matched something, to highlight. */
  matched: Set<string>;
}

export const termScores = (ctx: ScoreContext, term: string): Scores => {
  const cached = ctx.memo.get(term);
  if (cached) return cached;
  const scores: Scores = new Map();
  for (const field of ctx.fields) {
    const postings = ctx.index.maps[field].get(term);
    if (!postings) continue;
    const weight = FIELD_WEIGHT[field];
    for (let slot = 0; slot < postings.length; slot += 1) {
      const ids = postings[slot];
      if (!ids) continue;
      const s = weight * (1 - slot * SLOT_DECAY);
      for (const id of ids) {
        const prev = scores.get(id);
        // The best field counts fully, the others a little: a term in the title and the text beats either.
        scores.set(id, prev === undefined ? s : Math.max(prev, s) + 0.1 * Math.min(prev, s));
      }
    }
  }
  const idf = Math.log(1 + ctx.index.ids.length / Math.max(1, scores.size));
  for (const [id, s] of scores) scores.set(id, s * idf);
  if (scores.size > 0) ctx.matched.add(term);
  ctx.memo.set(term, scores);
  return scores;
};

/** All terms of the alternative, rarest first so the running intersection stays small. */
const alternativeScores = (ctx: ScoreContext, alt: Alternative): Scores => {
  const lists = alt.terms.map((t) => termScores(ctx, t)).sort((a, b) => a.size - b.size);
  const [first, ...others] = lists;
  if (!first) return new Map();
  const out: Scores = new Map();
  outer: for (const [id, s] of first) {
    let total = s;
    for (const list of others) {
      const o = list.get(id);
      if (o === undefined) continue outer;
      total += o;
    }
    out.set(id, total * alt.weight);
  }
  return out;
};

/** A clause scores a record by its best alternative. */
export const clauseScores = (ctx: ScoreContext, clause: Clause): Scores => {
  if (clause.alternatives.length === 1) return alternativeScores(ctx, clause.alternatives[0]!);
  const out: Scores = new Map();
  for (const alt of clause.alternatives) {
    for (const [id, s] of alternativeScores(ctx, alt)) {
      const prev = out.get(id);
      if (prev === undefined || s > prev) out.set(id, s);
    }
  }
  return out;
};

/** Records matching every clause, scores summed; null when some clause matches nothing. */
export const intersectClauses = (lists: readonly Scores[]): Scores | null => {
  const sorted = [...lists].sort((a, b) => a.size - b.size);
  const [first, ...others] = sorted;
  if (!first || first.size === 0) return null;
  const out: Scores = new Map();
  outer: for (const [id, s] of first) {
    let total = s;
    for (const list of others) {
      const o = list.get(id);
      if (o === undefined) continue outer;
      total += o;
    }
    out.set(id, total);
  }
  return out.size > 0 ? out : null;
};

/** Fallback when no record has every clause: any clause counts, records with more of them first. */
export const unionClauses = (lists: readonly Scores[], minClauses = 1): Scores => {
  const sums: Scores = new Map();
  const counts = new Map<number, number>();
  for (const list of lists) {
    for (const [id, s] of list) {
      sums.set(id, (sums.get(id) ?? 0) + s);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const n = Math.max(1, lists.length);
  for (const [id, s] of sums) {
    const count = counts.get(id) ?? 0;
    if (count < minClauses) sums.delete(id);
    else sums.set(id, s * (count / n) ** 2);
  }
  return sums;
};
