import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../content/signingKey';

// The relevance set and its two measures. recall@3: the share of a query's expected provisions found in
// the first three results (out of at most three), averaged; MRR: the mean of 1 / rank of the first
// expected provision (0 when absent from the first ten).

export interface RelevanceQuery {
  query: string;
  expected: string[];
  note?: string;
}

export interface QueryOutcome {
  query: string;
  recall3: number;
  reciprocalRank: number;
  top: string[];
}

export interface Evaluation {
  recall3: number;
  mrr: number;
  outcomes: QueryOutcome[];
}

export const RELEVANCE_FILE = resolve(REPO_ROOT, 'test/fixtures/search-queries.json');

export const readRelevanceSet = (file = RELEVANCE_FILE): RelevanceQuery[] => JSON.parse(readFileSync(file, 'utf8')) as RelevanceQuery[];

export const evaluate = (queries: readonly RelevanceQuery[], rank: (query: string) => string[]): Evaluation => {
  const outcomes = queries.map((q) => {
    const top = rank(q.query).slice(0, 10);
    const expected = new Set(q.expected);
    const found = top.slice(0, 3).filter((id) => expected.has(id)).length;
    const first = top.findIndex((id) => expected.has(id));
    return { query: q.query, recall3: found / Math.min(3, expected.size), reciprocalRank: first < 0 ? 0 : 1 / (first + 1), top };
  });
  const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  return { recall3: mean(outcomes.map((o) => o.recall3)), mrr: mean(outcomes.map((o) => o.reciprocalRank)), outcomes };
};
