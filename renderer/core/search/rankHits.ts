import { holdsPhrases, type WordSource } from './proximity';
import type { Clause } from './queryPlan';
import { IS_DOCUMENT, type RecordTraits } from './recordTraits';

// Shaping the ranked list: documents already represented by their entries step aside, only the best few
// hundred are sorted, and quoted phrases are checked on the text.

export interface RankedHit {
  num: number;
  score: number;
  /** Named exactly by the query ("art. 53 loi 09/001"). */
  pinned: boolean;
}

/**
 * A document's own record is its table of contents: when some of its entries are hits, the screen shows
 * the document as their group heading anyway, so the record only stays when the query names it.
 * `docNum`: each record's document record number; `named`: the numbers (`traits.docOrd`) of the documents
 * the query names. `byKind` (hits by kind of document, indexed as DOC_KINDS) loses the dropped.
 */
export const dropCoveredDocuments = (
  traits: RecordTraits,
  docNum: Int32Array,
  hits: RankedHit[],
  named: ReadonlySet<number>,
  byKind?: Uint32Array,
): RankedHit[] => {
  const { flags, kindOf, docOrd } = traits;
  const withEntries = new Set<number>();
  for (const h of hits) if ((flags[h.num]! & IS_DOCUMENT) === 0) withEntries.add(docNum[h.num]!);
  return hits.filter((h) => {
    const drop = (flags[h.num]! & IS_DOCUMENT) !== 0 && withEntries.has(h.num) && !named.has(docOrd[h.num]!);
    if (drop && byKind) byKind[kindOf[h.num]!]! -= 1;
    return !drop;
  });
};

/** The `k` best hits, sorted; sorting thousands of hits to show ten would cost more than finding them. */
export const bestHits = (hits: RankedHit[], k: number): RankedHit[] => {
  const byScore = (a: RankedHit, b: RankedHit): number => b.score - a.score || a.num - b.num;
  if (hits.length <= k * 4) return hits.sort(byScore).slice(0, k);
  // Threshold from a sorted sample, then one pass; fall back to a full sort if the sample misjudged. The
  // sample is a typed array: scores are whole on some queries and not on others, and an array of them
  // changed kind, which deoptimised the search on every other query.
  const sample = new Float64Array(Math.ceil(hits.length / 16));
  for (let i = 0; i < sample.length; i += 1) sample[i] = hits[i * 16]!.score;
  sample.sort();
  const threshold = sample[sample.length - 1 - Math.min(sample.length - 1, Math.ceil((k * 2) / 16))] ?? 0;
  const above = hits.filter((h) => h.score >= threshold);
  return (above.length >= k ? above : hits).sort(byScore).slice(0, k);
};

/**
 * Runs of adjacent words to look for: every stretch of two to eight words as typed (longest first), and
 * every wording of several words the plan looks for (thesaurus).
 */
export const adjacencySequences = (typed: readonly string[], clauses: readonly Clause[]): string[][] => {
  const out: string[][] = [];
  const n = Math.min(typed.length, 8);
  for (let len = n; len >= 2; len -= 1)
    for (let i = 0; i + len <= n; i += 1) out.push(typed.slice(i, i + len));
  for (const c of clauses)
    for (const a of c.alternatives) if (a.terms.length > 1 && !c.phrase) out.push(a.terms);
  return out;
};

/** Quoted phrases: the hits whose text holds every phrase as written, best first, until the limit. */
export const checkPhrases = (
  source: WordSource,
  hits: RankedHit[],
  phrases: string[][],
  limit: number,
): RankedHit[] => {
  const out: RankedHit[] = [];
  const holds = holdsPhrases(source, phrases);
  for (const hit of hits) {
    if (hit.pinned || holds(hit.num)) out.push(hit);
    if (out.length >= limit) break;
  }
  return out;
};
