// Issue 20, points 1 and 2, as a magistrate meets them: an article with its official text first (marked
// « Texte officiel », with its reference) and Dalili's summary below it; an amended article read as in
// force on two dates with « En vigueur au… » (keyboard only), and back to today; copies that carry the
// official wording; search saying when only an earlier version matched; a case opening the library at
// the date of its facts. The law is fictional (test/fixtures/content/official), served in place of the
// bundled pack, signed with the development chain like it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildPack } from '../../build/content/buildPack';
import { compileContent } from '../../build/content/compileContent';
import { readContentDir } from '../../build/content/readContentDir';
import { DEV_SIGNING_KEY } from '../unit/content/packHelpers';
import { CasesPage } from './pages/casesPage';
import { LibraryPage } from './pages/libraryPage';
import { VaultPage } from './pages/vaultPage';
import { REPO_ROOT, screenshotPath, useBrowserApp, WEB_ROOT } from './support/browserApp';
import { fr } from './support/words';

const app = useBrowserApp();
const ART1 = 'loi-00-000/art-1';
const ART2 = 'loi-00-000/art-2';
let parts: Map<string, Uint8Array>;

beforeAll(async () => {
  const real = readContentDir(path.join(REPO_ROOT, 'content'));
  const file = 'test/fixtures/content/official/laws/loi-00-000.md';
  const source = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const content = compileContent({
    ...real,
    files: [...real.files, { file, folder: 'laws', baseName: 'loi-00-000', source }],
  });
  expect(content.errors).toEqual([]);
  const manifest = JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack/manifest.json'), 'utf8')) as {
    packVersion: number;
  };
  const built = await buildPack(content, {
    packVersion: manifest.packVersion,
    createdAt: '2026-12-01T10:00:00.000Z',
    key: DEV_SIGNING_KEY,
  });
  parts = new Map(built.parts);
}, 120_000);

/** A French 1366×768 window whose pack holds the fictional law. */
async function openContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'fr-FR',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await context.route('**/pack/*', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = parts.get(name);
    if (!body) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'application/json', body: Buffer.from(body) });
  });
  return { context, page: await app.newPage({ context }) };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name) });
}

describe('official text and versions in time in the reader', () => {
  it('shows the official text first with its reference, then the summary; copies carry the official wording', async () => {
    const { context, page } = await openContext();
    const library = new LibraryPage(page, app);
    await library.openDocument('loi-00-000', ART1);
    const article = library.article(ART1);
    const official = article.locator('.official-text');
    await official.getByText('Le présent texte fictif sert uniquement aux essais').waitFor();
    expect(await official.getByRole('heading', { name: fr('library.official.title') }).count()).toBe(1);
    expect(await official.textContent()).toContain(
      'Référence : Journal officiel fictif, n° 0, 1er janvier 2000, col. 1',
    );
    expect(await official.textContent()).toContain('Saisi par A. K. (bureau fictif) le 20 novembre 2026');
    // The summary comes after the official text, marked as Dalili's summary.
    const order = await article.evaluate((el) => {
      const o = el.querySelector('.official-text')!;
      const s = el.querySelector('.official-summary')!;
      return o.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    expect(await article.locator('.official-summary').textContent()).toContain(
      fr('library.official.summaryTitle'),
    );
    await shot(page, 'official-text-fr');

    await library.copyArticle(ART1);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await expect.poll(clipboard).toContain('Le présent texte fictif sert uniquement aux essais');
    const copied = await clipboard();
    expect(copied.split('\n')[0]).toBe(`[${fr('library.nature.explain.texte')}]`);
    expect(copied).not.toContain('Résumé Dalili fictif');
    expect(copied).toContain('Journal officiel fictif, n° 0, 1er janvier 2000, col. 1');
    await context.close();
  });

  it('reads an amended article as in force today and on a chosen date, by keyboard, and comes back to today', async () => {
    const { context, page } = await openContext();
    const library = new LibraryPage(page, app);
    await library.openDocument('loi-00-000', ART2);
    const article = library.article(ART2);
    await article.getByText('Version modifiée fictive : toute boussole').waitFor();
    expect(await article.locator('.version-line').textContent()).toContain(
      'En vigueur depuis le 1er janvier 2010',
    );
    expect(await page.getByText(fr('library.asOf.todayShowing')).count()).toBe(1);
    // Every article of this law carries its official text: the header says so, not « Résumé Dalili ».
    expect(await page.locator('.document-header .nature-banner').textContent()).toBe(
      fr('library.nature.explain.texte'),
    );
    await article.scrollIntoViewIfNeeded();
    await shot(page, 'official-versions-today-fr');

    // Keyboard only: the date typed in « En vigueur au… », Enter.
    const dateField = page.getByLabel(fr('library.asOf.label'));
    await dateField.focus();
    await page.keyboard.type('15/06/2005');
    await page.keyboard.press('Enter');
    await page.getByText(fr('library.asOf.showing', { date: '15 juin 2005' })).waitFor();
    await article.getByText("Version d'origine fictive : toute lanterne").waitFor();
    expect(await article.getByText('boussole').count()).toBe(0);
    const line = await article.locator('.version-line').textContent();
    expect(line).toContain(fr('library.version.earlier', { date: '15 juin 2005' }));
    expect(line).toContain('En vigueur du 1er janvier 2000 au 31 décembre 2009');
    expect(await article.locator('.official-text').textContent()).toContain('n° 0, 1er janvier 2000, col. 2');
    expect(page.url()).toContain('?au=2005-06-15');
    await article.scrollIntoViewIfNeeded();
    await shot(page, 'official-versions-2005-fr');

    // A date that does not exist is refused with a message; the date shown does not change.
    await dateField.fill('31/02/2005');
    await page.keyboard.press('Enter');
    await page.getByText(fr('library.asOf.invalid')).waitFor();
    expect(await page.getByText(fr('library.asOf.showing', { date: '15 juin 2005' })).count()).toBe(1);

    await page.getByRole('button', { name: fr('library.asOf.today') }).press('Enter');
    await page.getByText(fr('library.asOf.todayShowing')).waitFor();
    await article.getByText('Version modifiée fictive : toute boussole').waitFor();
    expect(page.url()).not.toContain('au=');
    await context.close();
  });

  it('search finds the current version, and says when only an earlier one matched', async () => {
    const { context, page } = await openContext();
    await page.goto(`${app.url}#/recherche?q=lanterne`);
    const note = page.getByText(
      fr('search.olderVersion', { from: '1er janvier 2000', until: '31 décembre 2009' }),
    );
    await note.waitFor({ timeout: 30_000 });
    expect(await note.count()).toBe(1);
    await shot(page, 'official-search-older-fr');
    await page.goto(`${app.url}#/recherche?q=boussole`);
    await page.getByRole('option').filter({ hasText: 'Article 2' }).first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.search-hit-older').count()).toBe(0);
    await context.close();
  });

  it('a case opens the library at the date of its facts', async () => {
    const { context, page } = await openContext();
    await new VaultPage(page, app).createNotebook({
      name: 'Faits',
      passphrase: 'mangue pirogue tonnerre Kisangani',
    });
    const cases = new CasesPage(page, app);
    const year = new Date().getFullYear();
    await cases.createCase(
      {
        prefix: 'gom',
        province: 'Nord-Kivu',
        summary: 'Signalement fictif.',
        openedOn: `02/01/${year}`,
        incidentOn: '15/06/2005',
      },
      `GOM-${year}-0001`,
    );
    const link = page.getByRole('link', { name: fr('cases.openLibraryAtFacts', { date: '15 juin 2005' }) });
    await link.click();
    await page.getByText(fr('library.asOf.showing', { date: '15 juin 2005' })).waitFor();
    await shot(page, 'official-library-at-facts-fr');
    await page.locator('a[href="#/bibliotheque/loi-00-000?au=2005-06-15"]').click();
    await page
      .locator(`#${LibraryPage.domId(ART2)}`)
      .getByText("Version d'origine fictive : toute lanterne")
      .waitFor();
    await context.close();
  });
});
