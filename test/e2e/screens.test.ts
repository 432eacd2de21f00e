// Every page at the screens people use: a 1024×600 netbook, a 1366×768 laptop at 150 % zoom and at 200 % zoom
// (WCAG reflow). Browser zoom shrinks the CSS viewport: a 1366×768 screen at 150 % lays pages out in
// 1366/1.5 × 768/1.5 = 911×512 CSS pixels, at 200 % in 683×384, exactly as a window of that many CSS pixels does
// (the device pixel ratio only sharpens the pixels, it changes no layout). So each size is a viewport of that many
// CSS pixels. On each page the header (search box, language, lock button), the main heading and the page's
// primary action must be inside the window and on top (nothing covers them), and the page must not scroll
// sideways. Screenshots of every page at every size land in test-output/screenshots/screens-*.png.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { CasesPage } from './pages/casesPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

const app = useBrowserApp();

const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const YEAR = new Date().getFullYear();
const CASE = `BKV-${YEAR}-0001`;

export const SIZES = [
  { name: '1024x600', width: 1024, height: 600 },
  { name: '1366x768-zoom150', width: 911, height: 512 },
  { name: '1366x768-zoom200', width: 683, height: 384 },
] as const;

interface PageCheck {
  name: string;
  hash: string;
  heading: (page: Page) => Locator;
  primary: (page: Page) => Locator;
}

const PAGES: PageCheck[] = [
  {
    name: 'library',
    hash: '#/bibliotheque',
    heading: (p) => p.locator('main h1'),
    primary: (p) => p.locator('.doc-card-title').first(),
  },
  {
    name: 'article',
    hash: '#/bibliotheque/loi-09-001/art-53',
    heading: (p) => p.locator('.article.is-target .article-title'),
    primary: (p) => p.locator('.article.is-target .article-actions button').first(),
  },
  {
    name: 'search',
    hash: '#/recherche?q=travail%20forc%C3%A9',
    heading: (p) => p.locator('main h1'),
    primary: (p) => p.locator('.search-hit').first(),
  },
  {
    name: 'indicators',
    hash: '#/indicateurs',
    heading: (p) => p.locator('main h1'),
    primary: (p) => p.locator('main button').first(),
  },
  {
    name: 'referral',
    hash: '#/orientation',
    heading: (p) => p.locator('main h1'),
    primary: (p) => p.locator('main button').first(),
  },
  {
    name: 'cases',
    hash: '#/dossiers',
    heading: (p) => p.locator('main h1'),
    primary: (p) => p.getByRole('button', { name: fr('cases.list.new') }),
  },
  {
    name: 'case',
    hash: '',
    heading: (p) => p.getByRole('heading', { name: CASE }),
    primary: (p) =>
      p
        .getByRole('navigation', { name: fr('cases.view.sections') })
        .getByRole('button')
        .first(),
  },
  {
    name: 'training',
    hash: '#/formation',
    heading: (p) => p.locator('main h1'),
    primary: (p) => p.locator('.training-card a').first(),
  },
  {
    name: 'settings',
    hash: '#/parametres',
    heading: (p) => p.locator('main h1'),
    primary: (p) => p.locator('#settings-language'),
  },
];

async function createNotebookAndCase(page: Page): Promise<void> {
  await new VaultPage(page, app).createNotebook({ name: 'Écrans', passphrase: PASSPHRASE });
  await new CasesPage(page, app).createCase(
    {
      prefix: 'bkv',
      openedOn: `05/01/${YEAR}`,
      province: 'Sud-Kivu',
      territory: 'Mwenga',
      summary: 'Signalement reçu au bureau : enfants au puits la nuit.',
    },
    CASE,
  );
}

/**
 * Why an element is not usable as it stands: outside the window, or covered at one of five points
 * (centre and four inner points), or '' when it is fine.
 */
async function problemOf(locator: Locator, what: string): Promise<string> {
  return locator.evaluate((el, label) => {
    // A link that wraps has one box per line: its first line is what a person reads and clicks.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return `${label}: not displayed`;
    if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5)
      return `${label}: outside the window (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} in ${window.innerWidth}×${window.innerHeight})`;
    const points = [
      [0.5, 0.5],
      [0.2, 0.25],
      [0.8, 0.25],
      [0.2, 0.75],
      [0.8, 0.75],
    ];
    for (const [fx, fy] of points) {
      const x = r.left + r.width * fx!;
      const y = r.top + r.height * fy!;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === el || el.contains(hit))) {
        const by = hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing';
        return `${label}: covered at (${Math.round(x)},${Math.round(y)}) by ${by}`;
      }
    }
    return '';
  }, what);
}

async function waitForPage(page: Page, check: PageCheck): Promise<void> {
  await check.heading(page).first().waitFor({ timeout: 15_000 });
  await check.primary(page).first().waitFor({ timeout: 15_000 });
  // Let a target article scroll into place and the page settle.
  await page.waitForTimeout(400);
}

describe('screens and zoom', () => {
  it('every page keeps its header, heading and primary action visible and uncovered at 1024×600, 150 % and 200 %', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'fr-FR' });
    const page = await app.newPage({ context });
    await createNotebookAndCase(page);
    const problems: string[] = [];

    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const check of PAGES) {
        if (check.hash) await page.evaluate((hash) => (window.location.hash = hash), check.hash);
        else {
          await page.evaluate(() => (window.location.hash = '#/dossiers'));
          await page
            .getByRole('button', { name: CASE })
            .or(page.getByRole('link', { name: CASE }))
            .first()
            .click();
        }
        await waitForPage(page, check);
        await page.mouse.move(0, 0);
        await page.screenshot({ path: screenshotPath(`screens-${size.name}-${check.name}`) });
        const where = `${size.name} ${check.name}`;
        for (const [locator, label] of [
          [page.locator('.global-search input'), 'search box'],
          [page.locator('#banner-language'), 'language'],
          [page.locator('.banner-lock-button'), 'lock button'],
          [page.locator('.nav a[aria-current="page"]'), 'current page in the menu'],
          [check.heading(page).first(), 'main heading'],
        ] as const) {
          const problem = await problemOf(locator, label);
          if (problem) problems.push(`${where}: ${problem}`);
        }
        // The primary action may sit lower: once scrolled to, nothing may cover it, and the header stays.
        const primary = check.primary(page).first();
        await primary.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        // Articles above render lazily (content-visibility) and may change height once: settle, then again.
        await page.waitForTimeout(300);
        await primary.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        const problem =
          (await problemOf(primary, 'primary action')) ||
          (await problemOf(page.locator('.global-search input'), 'search box after scrolling'));
        if (problem) problems.push(`${where}: ${problem}`);
        const sideways = await page.evaluate(() => {
          const main = document.querySelector('main')!;
          return Math.max(
            document.documentElement.scrollWidth - window.innerWidth,
            main.scrollWidth - main.clientWidth,
          );
        });
        if (sideways > 1) problems.push(`${where}: the page scrolls sideways by ${sideways}px`);
        // Back to the top: the app remembers each page's position, the next size starts clean.
        await page.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
