import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../content/signingKey';
import type { Language } from '../../renderer/core/vocabulary';

// The judged query set and its measures. Each query carries graded judgments read from the content
// (3: the answer; 2: directly relevant, wanted on the first screen; 1: related, useful context;
// unjudged: 0). A record is *relevant* from grade 2.
// - nDCG@10: gain 2^grade − 1, discount log2(rank + 1), over the ideal ordering of the judged grades;
// - recall@3: the share of the query's relevant records (up to three) found in the first three results;
// - MRR: 1 / rank of the first relevant record (0 when none is in the first ten).

export const USER_TYPES = ['magistrate', 'police', 'inspector', 'caseworker'] as const;
export type UserType = (typeof USER_TYPES)[number];

export interface JudgedQuery {
  query: string;
  /** Who typically types it: magistrates and prosecutors, judicial and mining police, labour inspectors, case workers. */
  user: UserType;
  lang: Language;
  /** Record id → grade 1 to 3. */
  grades: Record<string, number>;
}

export interface QueryOutcome {
  query: string;
  user: UserType;
  ndcg10: number;
  recall3: number;
  reciprocalRank: number;
  top: string[];
}

export interface Measures {
  ndcg10: number;
  recall3: number;
  mrr: number;
  count: number;
}

export interface Evaluation extends Measures {
  byUser: Record<UserType, Measures>;
  outcomes: QueryOutcome[];
}

export const RELEVANT_GRADE = 2;
export const RELEVANCE_FILE = resolve(REPO_ROOT, 'test/fixtures/search-queries.json');

export const readRelevanceSet = (file = RELEVANCE_FILE): JudgedQuery[] =>
  JSON.parse(readFileSync(file, 'utf8')) as JudgedQuery[];

/** The ids a query counts as relevant, best graded first. */
export const relevantIds = (q: JudgedQuery): string[] =>
  Object.entries(q.grades)
    .filter(([, g]) => g >= RELEVANT_GRADE)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id);

const dcg = (grades: readonly number[]): number =>
  grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

export const scoreQuery = (q: JudgedQuery, ranked: readonly string[]): QueryOutcome => {
  const top = ranked.slice(0, 10);
  const ideal = dcg(
    Object.values(q.grades)
      .sort((a, b) => b - a)
      .slice(0, 10),
  );
  const relevant = new Set(relevantIds(q));
  const found = top.slice(0, 3).filter((id) => relevant.has(id)).length;
  const first = top.findIndex((id) => relevant.has(id));
  return {
    query: q.query,
    user: q.user,
    ndcg10: ideal === 0 ? 0 : dcg(top.map((id) => q.grades[id] ?? 0)) / ideal,
    recall3: relevant.size === 0 ? 0 : found / Math.min(3, relevant.size),
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
    top,
  };
};

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

const measures = (outcomes: readonly QueryOutcome[]): Measures => ({
  ndcg10: mean(outcomes.map((o) => o.ndcg10)),
  recall3: mean(outcomes.map((o) => o.recall3)),
  mrr: mean(outcomes.map((o) => o.reciprocalRank)),
  count: outcomes.length,
});

export const evaluate = (queries: readonly JudgedQuery[], rank: (query: string) => string[]): Evaluation => {
  const outcomes = queries.map((q) => scoreQuery(q, rank(q.query)));
  const byUser = Object.fromEntries(
    USER_TYPES.map((u) => [u, measures(outcomes.filter((o) => o.user === u))]),
  ) as Record<UserType, Measures>;
  return { ...measures(outcomes), byUser, outcomes };
};

/** The queries that fare worst: lowest nDCG@10 first, then lowest recall@3. */
export const worstQueries = (outcomes: readonly QueryOutcome[], n: number): QueryOutcome[] =>
  [...outcomes].sort((a, b) => a.ndcg10 - b.ndcg10 || a.recall3 - b.recall3).slice(0, n);
