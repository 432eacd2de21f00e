import os from 'node:os';
import { evaluate, readRelevanceSet } from '../search/relevance';
import { loadBundledCorpus } from '../search/loadCorpus';
import { daliliEngine, lunrEngine, miniSearchEngine, type BenchEngine } from '../search/bench/engines';
import { buildLargeCorpus } from '../search/bench/largeCorpus';
import { gc, heapMb, median, percentile, time } from '../search/bench/measure';
import { benchQueries, HOSTILE_QUERIES, typingQueries } from '../search/bench/queries';
import { corpusBytes } from '../search/bench/manCorpus';
import type { SearchRecord } from '../../renderer/core/search/searchRecords';

// npm run bench:search — Dalili's search against MiniSearch (AND, OR) and Lunr on the bundled corpus
// and on 20 MB of French, in one run: index load, per-query latency p50/p95 (submitted and typed
// queries), heap after load, and nDCG@10, recall@3 and MRR on the judged query set. Figures only: it never fails on time.

interface Row {
  corpus: string;
  engine: string;
  buildS: number;
  loadMs: number;
  p50: number;
  p95: number;
  heap: number;
  ndcg10: number | undefined;
  recall3: number | undefined;
  mrr: number | undefined;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LOADS = 3;
const relevance = readRelevanceSet();
const submitted = benchQueries(relevance);
const queries = [
  ...submitted.map((q) => ({ q, typing: false })),
  ...typingQueries(submitted).map((q) => ({ q, typing: true })),
];

interface Loaded {
  engine: BenchEngine;
  buildS: number;
  loadMs: number;
  heap: number;
  latencies: number[];
}

/** Builds, then loads the serialised index LOADS times (median time; heap added by the last load). */
const load = (engine: BenchEngine, records: readonly SearchRecord[]): Loaded => {
  const built = time(() => engine.build(records));
  const serialised = built.value;
  const loads: number[] = [];
  let heap = 0;
  for (let i = 0; i < LOADS; i += 1) {
    engine.drop();
    gc();
    const before = heapMb();
    loads.push(time(() => engine.load(serialised, records)).ms);
    gc();
    heap = heapMb() - before;
  }
  return { engine, buildS: built.ms / 1000, loadMs: median(loads), heap, latencies: [] };
};

/**
 * Round after round, each engine answers the whole query set in turn, the order rotating from one round to
 * the next: a burst of activity elsewhere on the machine then falls on all engines alike rather than on
 * whichever was being measured at the time, and each engine follows each other one as often. (Answering
 * query by query in turn mixed the engines' working sets in the processor's caches; forcing a full
 * garbage collection before each turn slowed every engine's next turn, Dalili's snippets most, which the
 * search worker, holding one engine and allocating little, does not meet. The collector runs when it would.)
 */
const measure = (
  corpus: string,
  engines: readonly BenchEngine[],
  records: readonly SearchRecord[],
): Row[] => {
  const loaded = engines.map((engine) => load(engine, records));
  for (const l of loaded) for (const { q, typing } of queries) l.engine.search(q, typing);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let k = 0; k < loaded.length; k += 1) {
      const l = loaded[(k + round) % loaded.length]!;
      for (const { q, typing } of queries) l.latencies.push(time(() => l.engine.search(q, typing)).ms);
    }
  }
  // A variation of the right article is the right article: ids are compared without the copy prefix.
  const original = (ids: string[]): string[] => [...new Set(ids.map((id) => id.replace(/^var\d+\//, '')))];
  return loaded.map((l) => {
    const evaluation = evaluate(relevance, (q) => original(l.engine.search(q, false)));
    l.engine.drop();
    return {
      corpus,
      engine: l.engine.name,
      buildS: l.buildS,
      loadMs: l.loadMs,
      p50: percentile(l.latencies, 50),
      p95: percentile(l.latencies, 95),
      heap: l.heap,
      ndcg10: evaluation.ndcg10,
      recall3: evaluation.recall3,
      mrr: evaluation.mrr,
    };
  });
};

// BENCH_ONLY=dalili (a part of an engine's name) runs a subset, while tuning.
const only = process.env.BENCH_ONLY?.toLowerCase();
const engines = (): BenchEngine[] =>
  [daliliEngine(), daliliEngine(false), miniSearchEngine('AND'), miniSearchEngine('OR'), lunrEngine()].filter(
    (e) => !only || e.name.toLowerCase().includes(only),
  );

if (!(globalThis as { gc?: unknown }).gc)
  console.warn('! run with node --expose-gc for heap figures (npm run bench:search does)');
const { records: bundled } = loadBundledCorpus();
const rows: Row[] = [];
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} CPUs (figures are wall-clock)`,
);
console.log(
  `bundled corpus: ${bundled.length} records, ${(corpusBytes(bundled) / 1048576).toFixed(2)} MB; ${queries.length} queries × ${ROUNDS} rounds`,
);
rows.push(...measure('bundled', engines(), bundled));
// BENCH_CORPUS=bundled skips the 20 MB corpus, while tuning.
const withLarge = process.env.BENCH_CORPUS !== 'bundled';
const large = withLarge ? buildLargeCorpus(bundled) : { records: [], bytes: 0, manBytes: 0, copies: 0 };
if (withLarge) {
  console.log(
    `large corpus: ${large.records.length} records, ${(large.bytes / 1048576).toFixed(1)} MB ` +
      `(man pages ${(large.manBytes / 1048576).toFixed(1)} MB, bundled content + ${large.copies} variations)`,
  );
  rows.push(...measure('large', engines(), large.records));
  gc();
}

const fmt = (n: number | undefined, digits = 2): string => (n === undefined ? '—' : n.toFixed(digits));
// Wall-clock only: per-query CPU time from the kernel is counted in ticks too coarse for queries of a
// tenth of a millisecond (it came out above the wall-clock time), so it said nothing.
console.log(
  `\nRelevance on the judged set (${relevance.length} queries, test/fixtures/search-queries.json), beside speed:\n` +
    '| corpus | engine | build s | load ms | p50 ms | p95 ms | heap + ArrayBuffers after load MB | nDCG@10 | recall@3 | MRR |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.corpus} | ${r.engine} | ${fmt(r.buildS, 1)} | ${fmt(r.loadMs, 1)} | ${fmt(r.p50, 3)} | ${fmt(r.p95, 3)} | ` +
      `${fmt(r.heap, 1)} | ${fmt(r.ndcg10, 3)} | ${fmt(r.recall3, 3)} | ${fmt(r.mrr, 3)} |`,
  );
}

// Hostile input on the large index: each must answer, quickly, without throwing.
const dalili = daliliEngine();
if (!withLarge) process.exit(0);
dalili.load(dalili.build(large.records), large.records);
gc();
console.log(
  `\nheap in use with the large corpus's text (${(large.bytes / 1048576).toFixed(0)} MB, needed for snippets) and Dalili's index loaded: ` +
    `${heapMb().toFixed(1)} MB (the table's heap column is the index alone)`,
);
for (const q of HOSTILE_QUERIES) dalili.search(q, true);
const hostile = HOSTILE_QUERIES.map((q) => ({
  q,
  ms: median([1, 2, 3].map(() => time(() => dalili.search(q, true)).ms)),
}));
const slowest = hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(
  `\nhostile inputs (${HOSTILE_QUERIES.length}) on the large index: slowest ${slowest.ms.toFixed(2)} ms ` +
    `(«${slowest.q.slice(0, 20)}${slowest.q.length > 20 ? '…' : ''}», ${slowest.q.length} chars; limit 50 ms)`,
);
