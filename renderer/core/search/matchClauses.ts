import { clauseScores, intersectClauses, unionClauses, type ScoreContext } from './scoreClauses';
import type { Clause } from './queryPlan';

// Which records answer the clauses: those with every clause; when few do and the query is long, those
// missing one clause too (at half their score); when none do, any record with some of them (partial).

/** Below this many results with every word, records missing one word are added. */
const FEW_RESULTS = 10;

export interface ClauseMatch {
  scores: Map<number, number>;
  /** No record had every clause. */
  partial: boolean;
}

export const matchClauses = (ctx: ScoreContext, clauses: readonly Clause[]): ClauseMatch => {
  if (clauses.length === 0) return { scores: new Map(), partial: false };
  const vecs = clauses.map((c) => clauseScores(ctx, c));
  const all = intersectClauses(vecs);
  if (all.size === 0) return { scores: vecs.length > 1 ? unionClauses(ctx, vecs) : all, partial: vecs.length > 1 };
  // Long natural queries ("enfant de 16 ans employé") rarely have every word in one provision.
  if (all.size < FEW_RESULTS && vecs.length >= 2) {
    for (const [n, s] of unionClauses(ctx, vecs, vecs.length - 1)) if (!all.has(n)) all.set(n, s * 0.5);
  }
  return { scores: all, partial: false };
};
