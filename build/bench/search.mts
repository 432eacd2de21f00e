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
// queries), heap after load and recall@3 on the relevance set. Figures only: it never fails on time.

interface Row {
  corpus: string;
  engine: string;
  buildS: number;
  loadMs: number;
  p50: number;
  p95: number;
  cpu50: number;
  cpu95: number;
  heap: number;
  recall3: number | undefined;
  mrr: number | undefined;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LOADS = 3;
const relevance = readRelevanceSet();
const submitted = benchQueries(relevance);
const queries = [...submitted.map((q) => ({ q, typing: false })), ...typingQueries(submitted).map((q) => ({ q, typing: true }))];

const measure = (corpus: string, engine: BenchEngine, records: readonly SearchRecord[], withRecall: boolean): Row => {
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
  for (const { q, typing } of queries) engine.search(q, typing);
  const latencies: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { q, typing } of queries) {
      const before = process.cpuUsage();
      latencies.push(time(() => engine.search(q, typing)).ms);
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  // A variation of the right article is the right article: ids are compared without the copy prefix.
  const original = (ids: string[]): string[] => [...new Set(ids.map((id) => id.replace(/^var\d+\//, '')))];
  const evaluation = withRecall ? evaluate(relevance, (q) => original(engine.search(q, false))) : undefined;
  engine.drop();
  return {
    corpus,
    engine: engine.name,
    buildS: built.ms / 1000,
    loadMs: median(loads),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    cpu50: percentile(cpu, 50),
    cpu95: percentile(cpu, 95),
    heap,
    recall3: evaluation?.recall3,
    mrr: evaluation?.mrr,
  };
};

// BENCH_ONLY=dalili (a part of an engine's name) runs a subset, while tuning.
const only = process.env.BENCH_ONLY?.toLowerCase();
const engines = (): BenchEngine[] =>
  [daliliEngine(), daliliEngine(false), miniSearchEngine('AND'), miniSearchEngine('OR'), lunrEngine()].filter((e) => !only || e.name.toLowerCase().includes(only));

if (!(globalThis as { gc?: unknown }).gc) console.warn('! run with node --expose-gc for heap figures (npm run bench:search does)');
const { records: bundled } = loadBundledCorpus();
const rows: Row[] = [];
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs (figures are wall-clock)`);
console.log(`bundled corpus: ${bundled.length} records, ${(corpusBytes(bundled) / 1048576).toFixed(2)} MB; ${queries.length} queries × ${ROUNDS} rounds`);
for (const engine of engines()) rows.push(measure('bundled', engine, bundled, true));
const large = buildLargeCorpus(bundled);
console.log(
  `large corpus: ${large.records.length} records, ${(large.bytes / 1048576).toFixed(1)} MB ` +
    `(man pages ${(large.manBytes / 1048576).toFixed(1)} MB, bundled content + ${large.copies} variations)`,
);
for (const engine of engines()) {
  rows.push(measure('large', engine, large.records, true));
  gc();
}

const fmt = (n: number | undefined, digits = 2): string => (n === undefined ? '—' : n.toFixed(digits));
// Wall-clock is what a person waits; CPU time is the same work without the waits for a busy processor
// (other programs on the machine), so both are printed.
console.log('\n| corpus | engine | build s | load ms | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | heap after load MB | recall@3 | MRR |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.corpus} | ${r.engine} | ${fmt(r.buildS, 1)} | ${fmt(r.loadMs, 1)} | ${fmt(r.p50, 3)} | ${fmt(r.p95, 3)} | ` +
      `${fmt(r.cpu50, 3)} | ${fmt(r.cpu95, 3)} | ${fmt(r.heap, 1)} | ${fmt(r.recall3, 3)} | ${fmt(r.mrr, 3)} |`,
  );
}

// Hostile input on the large index: each must answer, quickly, without throwing.
const dalili = daliliEngine();
dalili.load(dalili.build(large.records), large.records);
gc();
console.log(
  `\nheap in use with the large corpus's text (${(large.bytes / 1048576).toFixed(0)} MB, needed for snippets) and Dalili's index loaded: ` +
    `${heapMb().toFixed(1)} MB (the table's heap column is the index alone)`,
);
for (const q of HOSTILE_QUERIES) dalili.search(q, true);
const hostile = HOSTILE_QUERIES.map((q) => ({ q, ms: median([1, 2, 3].map(() => time(() => dalili.search(q, true)).ms)) }));
const slowest = hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(
  `\nhostile inputs (${HOSTILE_QUERIES.length}) on the large index: slowest ${slowest.ms.toFixed(2)} ms ` +
    `(«${slowest.q.slice(0, 20)}${slowest.q.length > 20 ? '…' : ''}», ${slowest.q.length} chars; limit 50 ms)`,
);
