// npm run bench:courtfile — issue 21, point 3: a court file of about 30 pages rendered to PDF in Debian's
// Chromium through playwright-core. The page (build/bench/courtFileBrowser/) writes one large case in
// real IndexedDB, prepares the court file with the app's code and renders it with the app's components
// and styles; this driver prints it (A4, print media, as the app's print path) and says how long each
// step took and how many pages came out. Target: under 3 s from preparation to PDF. Prints figures;
// never a pass/fail gate. SCALE=… changes the size of the case.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { compileContent } from '../content/compileContent';
import { readContentDir } from '../content/readContentDir';
import { CHROMIUM_ARGS, chromiumPath } from '../chromiumLaunch';
import { startStaticServer } from '../webServer';
import type { CourtFileFigures } from './courtFileBrowser/courtFileBenchPage';

const SCALE = Number(process.env.SCALE ?? 4);
// The catalogue plugin loads the vocabulary as the app's own Vite config does; its notice is not news here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'out/bench-courtfile');
const ms = (n: number) => `${Math.round(n)} ms`;

await build({ configFile: path.join(ROOT, 'build/bench/courtFileBrowser/vite.config.mts') });
const { documents, entries } = compileContent(readContentDir(path.join(ROOT, 'content')));
const server = await startStaticServer(OUT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => 'runCourtFileBench' in globalThis);
  const figures = await page.evaluate(
    ([content, scale]) =>
      (
        globalThis as unknown as {
          runCourtFileBench: (c: typeof content, s: number) => Promise<CourtFileFigures>;
        }
      ).runCourtFileBench(content, scale),
    [{ documents, entries }, SCALE] as const,
  );
  const started = performance.now();
  const pdf = await page.pdf({ format: 'A4' });
  const print = performance.now() - started;
  // Each page object of the PDF is one "/Type /Page" (the tree's root is "/Type /Pages").
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s])/g) ?? []).length;
  console.log(`Chromium ${browser.version()}; real IndexedDB and WebCrypto; scale ${SCALE}`);
  console.log(
    `case: ${figures.journal} journal entries, ${figures.annexes} annexes of 64 KiB (written in ${ms(figures.write)}, not counted)`,
  );
  console.log(`court file: ${pages} pages, ${Math.round(pdf.length / 1024)} KiB of PDF`);
  console.log(
    `  prepare (open the case, fingerprints, journal check, model) ${ms(figures.prepare)}; render ${ms(figures.render)}; print to PDF ${ms(print)}`,
  );
  console.log(`  total ${ms(figures.prepare + figures.render + print)} (target < 3000 ms)`);
} finally {
  await browser.close();
  await server.close();
}
