import { search } from '../../renderer/core/search/searchService';
import { loadBundledCorpus } from './loadCorpus';
import { evaluate, readRelevanceSet, USER_TYPES, worstQueries, type Measures } from './relevance';

// npm run eval:search — nDCG@10, recall@3 and MRR of Dalili's search over the judged query set
// (test/fixtures/search-queries.json), overall and per kind of user, then the worst queries with what
// came first instead. Fails (exit 1) under a target. `-- --worst 40` lists more.

const TARGETS = { recall3: 0.95, mrr: 0.9, ndcg10: 0.85 };
const worstCount = Number(process.argv[process.argv.indexOf('--worst') + 1] ?? 20) || 20;
const queries = readRelevanceSet();
const { engine, records } = loadBundledCorpus();
const known = new Set(records.map((r) => r.id));
const unknown = queries.flatMap((q) =>
  Object.keys(q.grades)
    .filter((id) => !known.has(id))
    .map((id) => `${q.query} → ${id}`),
);
if (unknown.length > 0) {
  console.error(`judged ids missing from content/:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}
const result = evaluate(queries, (q) =>
  search(engine, q, { limit: 10, complete: false }).hits.map((h) => h.id),
);
const row = (label: string, m: Measures): string =>
  `${label.padEnd(12)} ${String(m.count).padStart(4)}   ${m.ndcg10.toFixed(3)}    ${m.recall3.toFixed(3)}     ${m.mrr.toFixed(3)}`;

console.log(`worst ${worstCount} queries (nDCG@10, recall@3, reciprocal rank; first three results):`);
for (const o of worstQueries(result.outcomes, worstCount)) {
  console.log(
    `  ${o.ndcg10.toFixed(2)} ${o.recall3.toFixed(2)} ${o.reciprocalRank.toFixed(2)}  [${o.user}] «${o.query}» → ${o.top.slice(0, 3).join(', ')}`,
  );
}
console.log(`\n${'user'.padEnd(12)} ${'n'.padStart(4)}   nDCG@10  recall@3  MRR`);
for (const u of USER_TYPES) console.log(row(u, result.byUser[u]));
console.log(row('all', result));
console.log(`targets: nDCG@10 ≥ ${TARGETS.ndcg10}, recall@3 ≥ ${TARGETS.recall3}, MRR ≥ ${TARGETS.mrr}`);
if (result.recall3 < TARGETS.recall3 || result.mrr < TARGETS.mrr || result.ndcg10 < TARGETS.ndcg10)
  process.exit(1);
