import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../webServer';
import { CHROMIUM_ARGS, chromiumPath } from '../chromiumLaunch';

// Cold start, a fresh browser each run, measured in the page's own clock from the start of navigation:
// - frame usable: the search box is in the page and enabled (the banner, navigation and search box drawn);
// - first page usable: the library's list of documents is shown (the pack verified) and the search box is
//   enabled; then typing into it is checked.
// Bytes are counted from what the page asked for before the first page was usable (its resource timings,
// started at or before that moment in its own clock), split into the
// application's JavaScript, catalogue chunks (assets/i18n-*.js), CSS and the content pack.
// BENCH_BASELINE=<git ref> (e.g. the commit before the catalogue split) builds that version of the renderer
// in a temporary folder, with this checkout's node_modules and pack, and measures it the same way.

const RUNS = Number(process.env.RUNS ?? 15);
const repo = path.resolve(import.meta.dirname, '../..');
const executablePath = chromiumPath();

type Kind = 'js' | 'catalogue' | 'css' | 'pack' | 'other';
interface Run {
  frame: number;
  firstPage: number;
  typed: number;
  bytes: Record<Kind, number>;
  files: Record<Kind, number>;
}

function kindOf(urlPath: string): Kind {
  if (/\/assets\/i18n-[^/]+\.js$/.test(urlPath)) return 'catalogue';
  if (urlPath.endsWith('.js')) return 'js';
  if (urlPath.endsWith('.css')) return 'css';
  if (urlPath.includes('/pack/')) return 'pack';
  return 'other';
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function measure(root: string): Promise<Run[]> {
  const server = await startStaticServer(root);
  const runs: Run[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      const started = performance.now();
      await page.goto(server.url, { waitUntil: 'commit' });
      const frame = Number(
        await (
          await page.waitForFunction(
            () =>
              document.querySelector<HTMLInputElement>('#global-search:enabled') ? performance.now() : false,
            undefined,
            { polling: 'raf', timeout: 60_000 },
          )
        ).jsonValue(),
      );
      const firstPage = Number(
        await (
          await page.waitForFunction(
            () =>
              document.querySelector('.doc-list a') &&
              document.querySelector<HTMLInputElement>('#global-search:enabled')
                ? performance.now()
                : false,
            undefined,
            { polling: 'raf', timeout: 60_000 },
          )
        ).jsonValue(),
      );
      // What the page asked for before the list was shown, in the page's own clock: counting requests until
      // this process learns of the list would also count what the browser fetched meanwhile, when idle.
      const asked = await page.evaluate(
        (until) =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime <= until)
            .map((entry) => new URL(entry.name).pathname),
        firstPage,
      );
      await page.locator('#global-search').fill('x');
      const typed = performance.now() - started;
      await browser.close();
      const bytes: Record<Kind, number> = { js: 0, catalogue: 0, css: 0, pack: 0, other: 0 };
      const files: Record<Kind, number> = { js: 0, catalogue: 0, css: 0, pack: 0, other: 0 };
      for (const urlPath of new Set(asked)) {
        const file = path.join(root, decodeURIComponent(urlPath));
        if (urlPath === '/' || !existsSync(file)) continue;
        const kind = kindOf(urlPath);
        bytes[kind] += statSync(file).size;
        files[kind] += 1;
      }
      runs.push({ frame, firstPage, typed, bytes, files });
    }
  } finally {
    await server.close();
  }
  return runs;
}

function report(label: string, runs: Run[]): void {
  const line = (name: string, values: number[]) =>
    console.log(
      '  %s : médiane %s ms, p95 %s ms (min %s, max %s)',
      name,
      percentile(values, 50).toFixed(0),
      percentile(values, 95).toFixed(0),
      Math.min(...values).toFixed(0),
      Math.max(...values).toFixed(0),
    );
  const last = runs[runs.length - 1]!;
  const kib = (n: number) => `${(n / 1024).toFixed(0)} Kio`;
  console.log('%s — démarrage à froid (Chromium, 1366×768), %d essais', label, runs.length);
  line(
    'cadre utilisable (champ de recherche)     ',
    runs.map((r) => r.frame),
  );
  line(
    'première page utilisable (liste affichée) ',
    runs.map((r) => r.firstPage),
  );
  line(
    'frappe acceptée (horloge du banc)         ',
    runs.map((r) => r.typed),
  );
  console.log('  chargé avant la première page utilisable :');
  console.log('    JavaScript de l’application : %s (%d fichiers)', kib(last.bytes.js), last.files.js);
  console.log(
    '    catalogues (i18n-*.js)       : %s (%d fichiers)',
    kib(last.bytes.catalogue),
    last.files.catalogue,
  );
  console.log('    CSS                          : %s (%d fichiers)', kib(last.bytes.css), last.files.css);
  console.log('    paquet de contenu            : %s (%d fichiers)', kib(last.bytes.pack), last.files.pack);
  console.log(
    '  objectif : première page utilisable en moins de 500 ms (médiane) → %s',
    percentile(
      runs.map((r) => r.firstPage),
      50,
    ) < 500
      ? 'atteint'
      : 'NON atteint',
  );
}

/** The renderer of another commit, built in a temporary folder with this checkout's modules and pack. */
function buildBaseline(ref: string): { root: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dalili-baseline-'));
  execSync(
    `git -C ${JSON.stringify(repo)} archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`,
    { stdio: 'inherit' },
  );
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  cpSync(path.join(repo, 'renderer/public/pack'), path.join(dir, 'renderer/public/pack'), {
    recursive: true,
  });
  execFileSync(
    path.join(repo, 'node_modules/.bin/vite'),
    ['build', '--config', 'vite.web.config.mts', '--logLevel', 'error'],
    { cwd: dir, stdio: 'inherit' },
  );
  return { root: path.join(dir, 'out/web'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

report('Cette version', await measure(path.join(repo, 'out/web')));
const baselineRef = process.env.BENCH_BASELINE;
if (baselineRef) {
  const baseline = buildBaseline(baselineRef);
  try {
    console.log('');
    report(`Référence ${baselineRef}`, await measure(baseline.root));
  } finally {
    baseline.cleanup();
  }
}
