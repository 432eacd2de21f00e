import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../webServer';

// Cold start: a fresh browser each run, from navigation to a search box that accepts typing.
const RUNS = Number(process.env.RUNS ?? 9);
const root = path.resolve(import.meta.dirname, '../../out/web');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function initialBundleBytes(): { initial: number; total: number } {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const initial = referenced.reduce((sum, file) => sum + statSync(path.join(root, file)).size, 0);
  const total = readdirSync(path.join(root, 'assets')).reduce((sum, f) => sum + statSync(path.join(root, 'assets', f)).size, 0);
  return { initial, total };
}

const server = await startStaticServer(root);
const wall: number[] = [];
const inPage: number[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const browser = await chromium.launch({ executablePath, args });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const started = performance.now();
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.locator('#global-search:enabled').waitFor({ state: 'visible' });
    await page.locator('#global-search').fill('x');
    wall.push(performance.now() - started);
    inPage.push(await page.evaluate(() => performance.now()));
    await browser.close();
  }
} finally {
  await server.close();
}
const size = initialBundleBytes();
console.log('Démarrage à froid (Chromium, 1366×768), %d essais', RUNS);
console.log('  navigation → champ de recherche utilisable, médiane : %s ms (min %s, max %s)', median(wall).toFixed(0), Math.min(...wall).toFixed(0), Math.max(...wall).toFixed(0));
console.log('  horloge de la page au même instant, médiane : %s ms', median(inPage).toFixed(0));
console.log('  bundle initial (JS + CSS chargés au démarrage) : %s Kio ; tous les assets : %s Kio', (size.initial / 1024).toFixed(0), (size.total / 1024).toFixed(0));
console.log('  objectif : moins de 1000 ms → %s', median(wall) < 1000 ? 'atteint' : 'NON atteint');
