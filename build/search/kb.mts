import { parseArgs } from 'node:util';
import { search } from '../../renderer/core/search/searchService';
import { snippetToText } from '../../renderer/core/search/snippet';
import { loadBundledCorpus } from './loadCorpus';
import { parseKind } from './parseKind';

// npm run kb -- search "<query>" [--kind law] [--limit 10] [--json]
// The knowledge base from the command line, over the very search module the app runs.

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  },
});
const [command, ...rest] = positionals;
if (command !== 'search' || rest.length === 0) {
  console.error(
    'usage: npm run kb -- search "<query>" [--kind law|indicators|guideline|directory] [--limit 10] [--json]',
  );
  process.exit(2);
}
const kind = values.kind === undefined ? undefined : parseKind(values.kind);
if (values.kind !== undefined && !kind) {
  console.error(
    `unknown --kind ${values.kind}: law (loi), indicators (indicateur), guideline (orientation), directory (acteur)`,
  );
  process.exit(2);
}
const limit = Number(values.limit ?? 10);
if (!Number.isInteger(limit) || limit < 1) {
  console.error(`invalid --limit ${values.limit}`);
  process.exit(2);
}
const { engine } = loadBundledCorpus();
const response = search(engine, rest.join(' '), { limit, complete: false, ...(kind ? { kind } : {}) });
const rows = response.hits.map((h) => ({
  id: h.id,
  docId: h.docId,
  citation: h.citation,
  title: h.heading,
  kind: h.kind,
  score: h.score,
  snippet: snippetToText(h.snippet),
}));
if (values.json) console.log(JSON.stringify(rows, null, 2));
else
  for (const r of rows)
    console.log(
      `${r.score.toFixed(2).padStart(8)}  ${r.id}\n          ${r.citation}\n          ${r.snippet}\n`,
    );
