import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { ContentDocument, Entry } from '../../renderer/core/content/types';
import { buildPack } from '../content/buildPack';
import { loadSigningKey } from '../content/signingKey';
import { startStaticServer } from '../webServer';
import { CHROMIUM_ARGS, chromiumPath } from '../chromiumLaunch';

// Reader speed: from a change of address to the asked-for article rendered, focused and painted.
// 1) the largest document of the bundled pack; 2) a synthetic 1,200-article document (long codes
// must stay fluid). Median of RUNS, on this machine, in Chromium at 1366×768.

const RUNS = Number(process.env.RUNS ?? 9);
const root = path.resolve(import.meta.dirname, '../../out/web');
const executablePath = chromiumPath();
const read = <T,>(name: string): T => JSON.parse(readFileSync(path.join(root, 'pack', name), 'utf8')) as T;

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Sets the address in the page and resolves when the target article has focus and a frame is painted. */
// Passed as source text: tsx (esbuild keepNames) would wrap inner functions in a helper the page lacks.
const JUMP = `(([h, id]) => new Promise((resolve) => {
  const start = performance.now();
  window.location.hash = h;
  const check = () => {
    if (document.activeElement && document.activeElement.id === id) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    else requestAnimationFrame(check);
  };
  check();
}))`;

/** Sets the address in the page and resolves when the target article has focus and a frame is painted. */
async function timeJump(page: Page, hash: string, domId: string): Promise<number> {
  return page.evaluate<number>(`${JUMP}(${JSON.stringify([hash, domId])})`);
}

async function syntheticPack(): Promise<Map<string, Uint8Array>> {
  const count = 1200;
  const paragraph =
    "L'enfant a droit à une protection contre l'exploitation économique et tout travail dangereux. ";
  const entries: Entry[] = Array.from({ length: count }, (_, i) => ({
    id: `code-long/art-${i + 1}`,
    docId: 'code-long',
    kind: 'article',
    number: String(i + 1),
    heading: `Article ${i + 1}`,
    citation: `Code synthétique, art. ${i + 1}`,
    text: {
      fr: `${paragraph.repeat(4)}\n\n- a) **premier** point ;\n- b) second point, voir [art. ${i || 1}](#/doc/code-long/art-${i || 1}).\n\n${paragraph.repeat(3)}`,
    },
    path: [],
    nature: 'resume',
    verification: { status: 'a-verifier', note: 'Synthétique.' },
    sources: [],
    related: [],
    tags: [],
  }));
  const titles = Array.from({ length: 12 }, (_, t) => ({
    type: 'heading' as const,
    title: `Titre ${t + 1}`,
    depth: 1,
    children: entries.slice(t * 100, t * 100 + 100).map((e) => ({ type: 'entry' as const, id: e.id })),
  }));
  const doc: ContentDocument = {
    id: 'code-long',
    kind: 'law',
    title: { fr: 'Code synthétique de 1 200 articles' },
    shortName: { fr: 'Code long' },
    citation: 'Code synthétique',
    jurisdiction: 'RDC',
    aliases: [],
    dates: {},
    status: 'en-vigueur',
    amends: [],
    amendedBy: [],
    sources: [{ id: 's', label: 'banc', type: 'official', publisher: 'banc' }],
    verification: { status: 'officiel' },
    tags: [],
    languages: ['fr'],
    validAsOf: '2026-01-01',
    outline: titles,
    entryIds: entries.map((e) => e.id),
  };
  const pack = await buildPack(
    { documents: [doc], entries, tags: {} },
    { packVersion: 1, createdAt: '2026-01-01T00:00:00Z', key: loadSigningKey({}) },
  );
  return new Map(pack.parts);
}

async function measure(
  label: string,
  docId: string,
  entryIds: string[],
  routeParts?: Map<string, Uint8Array>,
): Promise<void> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const open: number[] = [];
  const jump: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fr-FR' });
    if (routeParts) {
      await page.route('**/pack/*', (route) => {
        const bytes = routeParts.get(new URL(route.request().url()).pathname.split('/').pop() ?? '');
        return bytes
          ? route.fulfill({ body: Buffer.from(bytes), contentType: 'application/json' })
          : route.fulfill({ status: 404 });
      });
    }
    await page.goto(`${server.url}#/bibliotheque`);
    await page.locator('.doc-card').first().waitFor();
    const dom = (id: string) => `entry-${id.replace('/', '--')}`;
    const local = (id: string) => id.split('/')[1]!;
    const late = entryIds[Math.floor(entryIds.length * 0.8)]!;
    const other = entryIds[Math.floor(entryIds.length * 0.3)]!;
    for (let run = 0; run < RUNS; run += 1) {
      await page.evaluate("window.location.hash = '#/bibliotheque'");
      await page.locator('.doc-card').first().waitFor();
      open.push(await timeJump(page, `#/bibliotheque/${docId}/${local(late)}`, dom(late)));
      await page.waitForTimeout(150);
      jump.push(await timeJump(page, `#/doc/${docId}/${local(other)}`, dom(other)));
    }
  } finally {
    await browser.close();
  }
  console.log(`${label} (${entryIds.length} entrées)`);
  console.log(
    '  ouvrir le document sur un article (80 %%) : médiane %s ms (min %s, max %s)',
    median(open).toFixed(1),
    Math.min(...open).toFixed(1),
    Math.max(...open).toFixed(1),
  );
  console.log(
    '  sauter à un autre article (renvoi) : médiane %s ms (min %s, max %s)',
    median(jump).toFixed(1),
    Math.min(...jump).toFixed(1),
    Math.max(...jump).toFixed(1),
  );
  console.log(
    '  objectif < 100 ms → %s',
    Math.max(median(open), median(jump)) < 100 ? 'atteint' : 'NON atteint',
  );
}

const server = await startStaticServer(root);
try {
  const documents = read<ContentDocument[]>('documents.json');
  const entries = read<Entry[]>('entries.json');
  const size = (d: ContentDocument) =>
    entries.filter((e) => e.docId === d.id).reduce((n, e) => n + e.text.fr.length, 0);
  const largest = documents.reduce((a, b) => (size(b) > size(a) ? b : a));
  console.log('Lecteur (Chromium, 1366×768), %d essais', RUNS);
  await measure(`Plus grand document du pack : ${largest.id}`, largest.id, largest.entryIds);
  const synthetic = await syntheticPack();
  const [longDoc] = JSON.parse(
    new TextDecoder().decode(synthetic.get('documents.json')),
  ) as ContentDocument[];
  await measure('Document synthétique long : code-long', 'code-long', longDoc!.entryIds, synthetic);
} finally {
  await server.close();
}
