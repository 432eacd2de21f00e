import { search } from '../../renderer/core/search/searchService';
import { loadBundledCorpus } from './loadCorpus';
import { evaluate, readRelevanceSet } from './relevance';

// npm run eval:search — recall@3 and MRR of Dalili's search over test/fixtures/search-queries.json.
// Fails (exit 1) under the target, and names the queries that miss, with what came first instead.

const TARGET_RECALL3 = 0.9;
const queries = readRelevanceSet();
const { engine, records } = loadBundledCorpus();
const known = new Set(records.map((r) => r.id));
const unknown = queries.flatMap((q) => q.expected.filter((id) => !known.has(id)).map((id) => `${q.query} → ${id}`));
if (unknown.length > 0) {
  console.error(`expected ids missing from content/:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}
const result = evaluate(queries, (q) => search(engine, q, { limit: 10, complete: false }).hits.map((h) => h.id));
for (const o of result.outcomes.filter((x) => x.recall3 < 1)) {
  console.log(`  recall@3 ${o.recall3.toFixed(2)}  rr ${o.reciprocalRank.toFixed(2)}  «${o.query}» → ${o.top.slice(0, 3).join(', ')}`);
}
console.log(`\n${queries.length} queries   recall@3 ${result.recall3.toFixed(3)}   MRR ${result.mrr.toFixed(3)}   (target recall@3 ≥ ${TARGET_RECALL3})`);
if (result.recall3 < TARGET_RECALL3) process.exit(1);
