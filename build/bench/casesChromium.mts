// npm run bench:cases:chromium — bench:cases's notebook in Debian's Chromium (real IndexedDB, real
// WebCrypto), through playwright-core: a small page (build/bench/casesBrowser/) built with Vite and
// served on 127.0.0.1. Prints figures; never a pass/fail gate. CASES=… to change the size.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startStaticServer } from '../webServer';
import { CHROMIUM_ARGS, chromiumPath } from '../chromiumLaunch';
import type { BrowserBuild, BrowserFigures } from './casesBrowser/casesBenchPage';
import { ms } from './caseBenchData';

const CASES = Number(process.env.CASES ?? 10_000);
const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'out/bench-cases');

await build({
  configFile: false,
  root: path.join(ROOT, 'build/bench/casesBrowser'),
  base: './',
  logLevel: 'warn',
  build: { outDir: OUT, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
const server = await startStaticServer(OUT);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => 'runCaseBench' in globalThis);
  const figures = await page.evaluate(
    (n) =>
      (globalThis as unknown as { runCaseBench: (n: number) => Promise<BrowserFigures> }).runCaseBench(n),
    CASES,
  );
  const show = (builds: BrowserBuild[]) =>
    builds
      .map((b) => `${ms(b.wall)}` + (b.checked === undefined ? '' : ` (checked by ${ms(b.checked)})`))
      .join('; then ');
  console.log(
    `Chromium ${browser.version()}; real IndexedDB; ${figures.cases} cases (write ${ms(figures.write)})`,
  );
  console.log('list + search index after unlock, wall time (target < 500 ms beyond the key derivation):');
  console.log(`  old path (decrypt every case record): cold ${show(figures.old)}`);
  console.log(`  first unlock after the upgrade (no snapshot yet, then written): ${show([figures.upgrade])}`);
  console.log(`  new path (list snapshot, 64 records): cold ${show(figures.fresh)}`);
} finally {
  await browser.close();
  await server.close();
}
