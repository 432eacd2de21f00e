import { clauseScores, intersectClauses, unionClauses, type ScoreContext } from './scoreClauses';
import type { Clause } from './queryPlan';
import type { ScoreMap } from './scorePool';

// Which records answer the clauses: those with every clause; when few do and the query is long, those
// missing one clause too (scored by coverage squared, as every partial match is: ((n−1)/n)² of their sum);
// when none do, any record with some of them (partial).

/**
 * Below this many results with every word, records missing one word are added. Chosen on the judged set:
 * 12 to 40 give the same figures, 10 fewer (a query with ten partial answers still wants the parallel ones).
 */
const FEW_RESULTS = 20;

export interface ClauseMatch {
  scores: ScoreMap;
  /** No record had every clause. */
  partial: boolean;
}

/**
 * `keep`: records that stay candidates with only some of the clauses (the records of an instrument the
 * query names: "enfant définition Constitution" wants the Constitution's article on children even though
 * it does not say "définition"), scored by how many clauses they hold.
 */
export const matchClauses = (
  ctx: ScoreContext,
  clauses: readonly Clause[],
  keep?: (num: number) => boolean,
): ClauseMatch => {
  if (clauses.length === 0) return { scores: ctx.pool.acquireMap(), partial: false };
  const vecs = clauses.map((c) => clauseScores(ctx, c));
  const all = intersectClauses(ctx, vecs);
  if (keep && all.size > 0 && vecs.length > 1) {
    const some = unionClauses(ctx, vecs);
    for (let i = 0; i < some.nums.length; i += 1) {
      const n = some.nums.items[i]!;
      if (!all.has(n) && keep(n)) all.set(n, some.get(n)!);
    }
  }
  if (all.size === 0)
    return { scores: vecs.length > 1 ? unionClauses(ctx, vecs) : all, partial: vecs.length > 1 };
  // Long natural queries ("enfant de 16 ans employé") rarely have every word in one provision.
  if (all.size < FEW_RESULTS && vecs.length >= 2) {
    const most = unionClauses(ctx, vecs, vecs.length - 1);
    // Coverage squared is the whole discount: halving on top of it (as first written) buried the parallel
    // indicator that lacks one everyday word ("salaire non payé" → "salaire bas ou nul").
    for (let i = 0; i < most.nums.length; i += 1) {
      const n = most.nums.items[i]!;
      if (!all.has(n)) all.set(n, most.get(n)!);
    }
  }
  return { scores: all, partial: false };
};
