import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

// The JavaScript the first page (the library's list) loads, read from a real build: the chunks the entry
// imports statically, and those of the modules the start loads with import() before the list is drawn.
// `test/unit/packaging/firstPageBundle.test.ts` holds it to a budget and to a list of modules it must not
// contain (issue 17, point 8). Run alone it prints what the first page loads:
//   node --import tsx build/startup/firstPageBundle.mts [outDir]

/** Modules the start loads with import() before the list is drawn (their chunks and static imports count). */
export const FIRST_PAGE_DYNAMIC: readonly RegExp[] = [
  /renderer\/ui\/pages\/LibraryPage\.tsx$/,
  /renderer\/ui\/content\/packSources\.ts$/,
  /renderer\/core\/contentUpdate\/lazy\.ts$/,
  // The library's counts are plural messages: the formatter comes with the first catalogue chunk.
  /node_modules\/intl-messageformat\//,
];

export interface ChunkFacts {
  fileName: string;
  isEntry: boolean;
  facade: string | null;
  imports: string[];
  size: number;
  modules: string[];
}

/** The chunks of the first page: the entry's and those holding a FIRST_PAGE_DYNAMIC module, with their static imports. */
export function firstPageChunks(chunks: readonly ChunkFacts[]): ChunkFacts[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // By module, not by facade: the bundler may merge a small dynamic module into a shared chunk.
  const roots = chunks.filter(
    (c) => c.isEntry || c.modules.some((m) => FIRST_PAGE_DYNAMIC.some((re) => re.test(m))),
  );
  const seen = new Set<string>();
  const walk = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of byName.get(name)?.imports ?? []) walk(next);
  };
  for (const root of roots) walk(root.fileName);
  return [...seen].map((name) => byName.get(name)!).filter((c) => !c.fileName.includes('/i18n-'));
}

/** Builds the web renderer into `outDir` and returns what each chunk holds. */
export async function buildWithChunkFacts(outDir: string): Promise<ChunkFacts[]> {
  const repo = path.resolve(import.meta.dirname, '../..');
  const facts: ChunkFacts[] = [];
  const collect: Plugin = {
    name: 'dalili-chunk-facts',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const rel = (id: string) => path.relative(repo, id.split('?')[0]!).replaceAll('\\', '/');
        facts.push({
          fileName: output.fileName,
          isEntry: output.isEntry,
          facade: output.facadeModuleId ? rel(output.facadeModuleId) : null,
          imports: output.imports,
          size: Buffer.byteLength(output.code),
          modules: output.moduleIds.map(rel),
        });
      }
    },
  };
  await build({
    configFile: path.join(repo, 'vite.web.config.mts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
    plugins: [collect],
  });
  return facts;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const outDir = path.resolve(process.argv[2] ?? 'test-output/first-page-build');
  mkdirSync(outDir, { recursive: true });
  const chunks = await buildWithChunkFacts(outDir);
  const first = firstPageChunks(chunks);
  writeFileSync(path.join(outDir, 'chunk-facts.json'), JSON.stringify(chunks, null, 1));
  for (const c of first.sort((a, b) => b.size - a.size)) console.log(String(c.size).padStart(8), c.fileName);
  console.log(
    'first page: %d bytes (%s KiB) in %d files',
    first.reduce((n, c) => n + c.size, 0),
    (first.reduce((n, c) => n + c.size, 0) / 1024).toFixed(1),
    first.length,
  );
}
