import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChunkFacts, firstPageChunks } from '../../../build/startup/firstPageBundle.mjs';

// Issue 17, point 8: the first page (the library's list) loads only its own code. The web renderer is built
// for real; the first page's chunks are the entry's and those the start imports before the list is drawn,
// with their static imports (build/startup/firstPageBundle.mts). Budget and forbidden list: README.md,
// « Start-up ».

/** JavaScript before the first page, in KiB (catalogue chunks apart): 314 KiB when set, 5 December 2026. */
export const FIRST_PAGE_BUDGET_KIB = 350;

/** What the list does not run: each is loaded by the page or the moment that needs it. */
const FORBIDDEN: readonly [string, RegExp][] = [
  ['Dexie (bookmarks, notebook, pack store writes)', /node_modules\/dexie\//],
  ['zod (documents, entries, imports; the start checks by hand)', /node_modules\/zod\//],
  ['marked (Markdown of the reader)', /node_modules\/marked\//],
  ['DOMPurify (SafeHtml)', /node_modules\/dompurify\//],
  ['FlexSearch (the search worker)', /node_modules\/flexsearch\//],
  ['@noble/curves (signing; WebCrypto checks)', /node_modules\/@noble\/curves\//],
  ['@noble/hashes (synchronous SHA-256)', /node_modules\/@noble\/hashes\//],
  ['libphonenumber-js (directory, persons)', /node_modules\/libphonenumber-js\//],
  ['hash-wasm (Argon2id, attachments)', /node_modules\/hash-wasm\//],
  ['zxcvbn (passphrase strength)', /node_modules\/@zxcvbn-ts\//],
  ['the vault', /renderer\/core\/vault\//],
  ['the crypto module', /renderer\/core\/crypto\//],
  ['the cases', /renderer\/core\/cases\//],
  ['backups and transfers', /renderer\/core\/backup\//],
  ['the screening tool', /renderer\/core\/screening\//],
  ['the directory', /renderer\/core\/directory\//],
  [
    'the search engine (only its client may come)',
    /renderer\/core\/search\/(?!searchClient\.ts$|clientFace\.ts$)/,
  ],
  [
    'the pack parts schemas',
    /renderer\/core\/content\/(packParts|trustSchemas|packSignature|signedDocument)\.ts$/,
  ],
  ['the pack stores written with Dexie', /renderer\/core\/contentUpdate\/(packStore|trustState)\.ts$/],
  ['SafeHtml', /renderer\/ui\/components\/SafeHtml\.tsx$/],
  ['the reader', /renderer\/ui\/library\/DocumentReader\.tsx$/],
  ['the bookmarks panel', /renderer\/ui\/library\/BookmarksPanel\.tsx$/],
  ['the other pages', /renderer\/ui\/pages\/(?!LibraryPage\.tsx$)/],
];

const work = mkdtempSync(path.join(tmpdir(), 'dalili-first-page-'));
let chunks: ChunkFacts[];
let first: ChunkFacts[];
beforeAll(() => {
  // In a process of its own, as `npm run build` runs it: under vitest NODE_ENV is 'test', which would
  // bundle React's development build.
  const outDir = path.join(work, 'web');
  const repo = path.resolve(import.meta.dirname, '../../..');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'build/startup/firstPageBundle.mts', outDir], {
    cwd: repo,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  chunks = JSON.parse(readFileSync(path.join(outDir, 'chunk-facts.json'), 'utf8')) as ChunkFacts[];
  first = firstPageChunks(chunks);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const found = (list: readonly ChunkFacts[], pattern: RegExp): string[] =>
  list.flatMap((c) => c.modules.filter((m) => pattern.test(m)).map((m) => `${c.fileName}: ${m}`));

describe('the first page’s JavaScript', () => {
  it('starts from the entry and holds the library page and the pack’s first checks', () => {
    expect(first.some((c) => c.isEntry)).toBe(true);
    const modules = first.flatMap((c) => c.modules);
    for (const needed of [
      'renderer/ui/main.tsx',
      'renderer/ui/pages/LibraryPage.tsx',
      'renderer/ui/library/DocumentCard.tsx',
      'renderer/core/content/signatureCheck.ts',
      'renderer/core/content/listPart.ts',
      'renderer/core/contentUpdate/readStored.ts',
    ]) {
      expect(modules, needed).toContain(needed);
    }
  });

  it(`stays within its budget of ${FIRST_PAGE_BUDGET_KIB} KiB`, () => {
    const bytes = first.reduce((n, c) => n + c.size, 0);
    const detail = first
      .sort((a, b) => b.size - a.size)
      .map((c) => `${c.fileName} ${(c.size / 1024).toFixed(1)} KiB`)
      .join('\n');
    expect(bytes / 1024, detail).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_KIB);
  });

  for (const [what, pattern] of FORBIDDEN) {
    it(`does not contain ${what}, which the build still holds elsewhere`, () => {
      expect(found(first, pattern)).toEqual([]);
      // The pattern names real modules of this build: a renamed package or file cannot make the check vacuous.
      expect(found(chunks, pattern).length).toBeGreaterThan(0);
    });
  }
});
