import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPack, type LoadedPack } from '../../../renderer/core/content/loadPack';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import type { Entry } from '../../../renderer/core/content/types';
import { prepareImport } from '../../../renderer/core/contentUpdate/prepareImport';
import { openPublisherKey, publishPack, type PublisherSigner } from '../../../renderer/core/workshop';
import { DEFAULT_PACK_DIR } from '../packFolder';
import { KEYS_DIR } from '../signingKey';

// npm run bench:delta [-- --runs N]
// Issue 20: the bundled pack published full and as a delta of one changed document (a clearly fictional
// official text keyed into one article, as the workshop does), both with the workshop's publishPack and
// the committed test publisher key file; then each imported on the pack it was made from, as
// Paramètres does (prepareImport: signature, chain, rebuild for the delta, every hash, every part).
// Prints the sizes, the ratio (target: the delta at least 20 times smaller) and median times. Also the
// worst case: the same edit in the document with the most entry text. Never fails on time.

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const TRUST = { trustedKeys: DEV_TRUST_ROOTS, allowDevKeys: true };
const CREATED_AT = '2026-12-05T08:00:00.000Z';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
};
const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

/** The base's entries with a fictional official text keyed into `target`, now `officiel`. */
const keyedIn = (entries: readonly Entry[], target: string): Entry[] =>
  entries.map((e) =>
    e.id !== target
      ? e
      : {
          ...e,
          nature: 'texte',
          verification: { ...e.verification, status: 'officiel' },
          official: {
            text: 'Texte officiel fictif saisi pour le banc d’essai de Dalili : il ne reproduit aucune loi.',
            reference: { publication: 'Journal officiel fictif des essais', number: 'n° 0', date: '2026-01-15', page: 'col. 1' },
            keyedBy: 'ESSAI',
            keyedOn: '2026-12-01',
            verifiedBy: 'VERIF',
            verifiedOn: '2026-12-02',
          },
        },
  );

const measure = async (label: string, base: LoadedPack, signer: PublisherSigner, target: Entry): Promise<void> => {
  const entries = keyedIn(base.entries, target.id);
  const input = { base, documents: base.documents, entries, signer, packVersion: base.manifest.packVersion + 1, createdAt: CREATED_AT };
  const times = { fullPublish: [] as number[], deltaPublish: [] as number[], fullImport: [] as number[], deltaImport: [] as number[] };
  let sizes = { full: 0, delta: 0 };
  for (let i = 0; i < runs + 1; i++) {
    const [full, fullPublish] = await timed(() => publishPack({ ...input, mode: 'full' }));
    const [delta, deltaPublish] = await timed(() => publishPack({ ...input, mode: 'delta' }));
    const [, fullImport] = await timed(() => prepareImport(full.bytes, base, TRUST));
    const [, deltaImport] = await timed(() => prepareImport(delta.bytes, base, TRUST));
    sizes = { full: full.bytes.length, delta: delta.bytes.length };
    if (i === 0) continue; // warm-up
    times.fullPublish.push(fullPublish);
    times.deltaPublish.push(deltaPublish);
    times.fullImport.push(fullImport);
    times.deltaImport.push(deltaImport);
  }
  const ratio = sizes.full / sizes.delta;
  console.log(`\n${label}: one official text keyed into ${target.id}`);
  console.log(`  full pack   ${kib(sizes.full).padStart(12)}   publish ${median(times.fullPublish).toFixed(0)} ms   import ${median(times.fullImport).toFixed(0)} ms`);
  console.log(`  delta       ${kib(sizes.delta).padStart(12)}   publish ${median(times.deltaPublish).toFixed(0)} ms   import ${median(times.deltaImport).toFixed(0)} ms`);
  console.log(`  ratio       ${ratio.toFixed(1)}× smaller ${ratio >= 20 ? '(target ≥ 20×: met)' : '(target ≥ 20×: NOT met)'}`);
};

const main = async (): Promise<void> => {
  const base = await loadPack((name) => Promise.resolve(new Uint8Array(readFileSync(resolve(DEFAULT_PACK_DIR, name)))), TRUST);
  const signer = await openPublisherKey(new Uint8Array(readFileSync(resolve(KEYS_DIR, 'dev-publisher.dalili-key'))), 'dalili-test-publisher');
  console.log(`bench:delta — bundled pack v${base.manifest.packVersion}, ${base.documents.length} documents, ${base.entries.length} entries; median of ${runs} runs (Node ${process.version})`);
  const articles = base.entries.filter((e) => e.kind === 'article');
  // A law article of a mid-sized law: the document whose entries weigh the median among laws.
  const weight = (docId: string): number => JSON.stringify(base.entries.filter((e) => e.docId === docId)).length;
  const laws = [...new Set(articles.map((e) => e.docId))].sort((a, b) => weight(a) - weight(b));
  const typical = laws[Math.floor(laws.length / 2)]!;
  await measure(`Typical law (${typical})`, base, signer, articles.find((e) => e.docId === typical)!);
  const heaviest = [...new Set(base.entries.map((e) => e.docId))].sort((a, b) => weight(b) - weight(a))[0]!;
  await measure(`Worst case, the heaviest document (${heaviest})`, base, signer, base.entries.find((e) => e.docId === heaviest)!);
  signer.forget();
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
