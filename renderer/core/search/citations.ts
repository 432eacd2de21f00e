import type { ScoreMap, ScorePool } from './scorePool';
import type { SearchRecord } from './searchRecords';

// The library's own pointers as a ranking signal: an indicator names the provisions it concerns, a step
// the law it applies, a summary the articles to read first. When records match a query well, the records
// they cite receive a share of their score ("enfant mine" matches the indicators of children at mine
// sites, which name Loi 09/001, art. 53; the law's summary says to read articles 50 and 53 first for a
// child found at a mine site). Only good matches lend (from LEND_FLOOR of the best), and what a record
// receives is capped, so a provision cited everywhere does not drown the words of the query.

const LEND_SHARE = 0.2;
const LEND_FLOOR = 0.5;
const LEND_CAP = 0.7;

/** Cited record numbers, all records end to end: record n cites nums[start[n] … start[n + 1]). */
export interface Citations {
  start: Uint32Array;
  nums: Uint32Array;
}

export const buildCitations = (records: readonly SearchRecord[], ids: readonly string[]): Citations => {
  // Large corpora hold variations of an entry under a prefixed id ("var3/…"): they cite the originals.
  const numOf = new Map(ids.map((id, n) => [id, n]));
  const start = new Uint32Array(records.length + 1);
  const nums: number[] = [];
  records.forEach((r, n) => {
    start[n] = nums.length;
    for (const id of r.cites ?? []) {
      const cited = numOf.get(id);
      if (cited !== undefined && cited !== n) nums.push(cited);
    }
  });
  start[records.length] = nums.length;
  return { start, nums: Uint32Array.from(nums) };
};

/**
 * Adds to `scores` what the good matches lend to the records they cite (new records included). `receives`
 * says which records may receive: provisions always; referral steps and actors only for a what-to-do query.
 */
export const lendToCited = (
  citations: Citations,
  scores: ScoreMap,
  pool: ScorePool,
  receives: (num: number) => boolean,
  lends: (num: number) => boolean = () => true,
): void => {
  let best = 0;
  const { items, length } = scores.nums;
  for (let i = 0; i < length; i += 1) best = Math.max(best, scores.get(items[i]!)!);
  if (best === 0) return;
  const lent = pool.acquireMap();
  const floor = best * LEND_FLOOR;
  for (let i = 0; i < length; i += 1) {
    const n = items[i]!;
    const s = scores.get(n)!;
    if (s < floor || !lends(n)) continue;
    for (let k = citations.start[n]!; k < citations.start[n + 1]!; k += 1) {
      const c = citations.nums[k]!;
      if (!receives(c)) continue;
      lent.set(c, (lent.get(c) ?? 0) + s * LEND_SHARE);
    }
  }
  const cap = best * LEND_CAP;
  // Setting may grow scores.nums: the loops above are done with its items.
  const given = lent.nums;
  for (let i = 0; i < given.length; i += 1) {
    const c = given.items[i]!;
    scores.set(c, (scores.get(c) ?? 0) + Math.min(cap, lent.get(c)!));
  }
};
