import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSigningKey } from '../../build/content/signingKey';
import { serializeSignature, signManifest } from '../../renderer/core/content/packSignature';
import { translate } from '../../renderer/ui/i18n/translate';
import { SearchPage } from './pages/searchPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp, WEB_ROOT } from './support/browserApp';

// Search as people use it: typed queries, the keyboard through results, an article opened in the
// library; filters; the banner's suggestions; hostile input. Screenshots in French at 1366×768.

const app = useBrowserApp();

describe('search page', () => {
  it('puts a cited article first, moves through results with ↑ ↓ and opens one with Enter', async () => {
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await search.open();
    await page.locator('.search-examples button').first().waitFor();
    await page.screenshot({ path: screenshotPath('search-fr-empty') });
    await search.type('art. 53 loi 09/001');
    const first = search.firstResult;
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toContain('Article 53');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('q=art.+53+loi+09%2F001');
    await page.screenshot({ path: screenshotPath('search-fr-article-reference') });
    // The index lives in a module worker, allowed by the CSP (a refusal would be a console error).
    expect(requested.some((url) => /searchWorker-[\w-]+\.js$/.test(url))).toBe(true);
    const activeId = () => search.input.getAttribute('aria-activedescendant');
    await page.keyboard.press('ArrowDown');
    expect(await activeId()).toBe('search-results-option-0');
    expect(await search.activeOptionText()).toContain('Article 53');
    await page.keyboard.press('ArrowDown');
    expect(await activeId()).toBe('search-results-option-1');
    await page.keyboard.press('ArrowUp');
    expect(await activeId()).toBe('search-results-option-0');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe('#/bibliotheque/loi-09-001/art-53');
    await page.close();
  });

  it('finds provisions across languages and highlights the words found, as text', async () => {
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    await search.open('forced labour definition');
    const first = search.firstResult;
    await expect.poll(() => first.getAttribute('id'), { timeout: 15_000 }).toBeTruthy();
    expect(await search.resultList.textContent()).toContain('Convention');
    const marks = await search.resultList.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.toLowerCase()).join(' ')).toMatch(/forc|labour|travail/);
    expect(await search.resultList.locator('.badge').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('search-fr-cross-language'), fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('filters by type, jurisdiction and language with ordinary form controls', async () => {
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    await search.open('enfant');
    await search.firstResult.waitFor({ timeout: 15_000 });
    await search.filter('kind').selectOption('indicators');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('type=indicators');
    await expect
      .poll(async () => (await search.results.allTextContents()).every((x) => x.includes('Indicateur')))
      .toBe(true);
    await search.filter('jurisdiction').selectOption('international');
    await search.filter('kind').selectOption('law');
    await expect
      .poll(async () =>
        (
          await page
            .locator('#search-results [role="group"]')
            .evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''))
        ).join('|'),
      )
      .not.toMatch(/Loi 09\/001|Code/);
    await page.screenshot({ path: screenshotPath('search-fr-filters') });
    await page.close();
  });

  it('answers hostile input calmly: no crash, no markup, Esc clears', async () => {
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    await search.open();
    const input = search.input;
    for (const text of [
      '<img src=x onerror=alert(1)>',
      '"travail forcé',
      '(.*)+[a-z]{2,}$',
      'العمل القسري',
      '👶⛏️💰',
      '!!! ???',
      'a'.repeat(500),
    ]) {
      await input.fill(text);
      await expect.poll(() => search.echo.textContent()).toBeTruthy();
    }
    expect(await search.resultList.locator('img').count()).toBe(0);
    await input.fill('travail forcé');
    await search.firstResult.waitFor({ timeout: 15_000 });
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(await search.resultList.count()).toBe(0);
    await page.close();
  });
});

describe('a pack built with another search configuration', () => {
  it('rebuilds the index in the worker, says so calmly, and searches as usual', async () => {
    // The bundled pack's manifest with another configuration hash, signed again with the development key:
    // what a pack prepared by another version of Dalili looks like.
    const manifest = JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack', 'manifest.json'), 'utf8')) as {
      search: { configHash: string };
    };
    manifest.search.configHash = '0'.repeat(64);
    const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
    const key = loadSigningKey({});
    const signature = serializeSignature(signManifest(manifestBytes, key));
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    await page.route('**/pack/manifest.json', (route) =>
      route.fulfill({ status: 200, body: Buffer.from(manifestBytes), contentType: 'application/json' }),
    );
    await page.route('**/pack/manifest.sig', (route) =>
      route.fulfill({ status: 200, body: Buffer.from(signature), contentType: 'application/json' }),
    );
    await search.open('art. 53 loi 09/001');
    const notice = page.locator('.search-rebuilt');
    await expect
      .poll(() => notice.textContent(), { timeout: 20_000 })
      .toBe(translate('fr', 'search.status.rebuilt'));
    const first = search.firstResult;
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toContain('Article 53');
    await page.close();
  });
});

describe('banner search as you type', () => {
  it('suggests provisions while typing; ↓ and Enter open one, Esc closes', async () => {
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    await search.typeInBanner('pires formes travail enfants');
    const options = search.suggestions;
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await page.screenshot({ path: screenshotPath('search-fr-banner-suggestions') });
    await page.keyboard.press('Escape');
    expect(await search.suggestionList.count()).toBe(0);
    await page.keyboard.type(' ');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    // Option 0 is the legal text that answers best; the provisions follow.
    expect(await options.first().getAttribute('class')).toContain('search-suggestion-document');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toMatch(/^#\/bibliotheque\/[a-z0-9-]+\/[a-z0-9-]+$/);
    await page.close();
  });

  it('offers the child-protection law for « enfant », and opens it with Enter', async () => {
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    await search.typeInBanner('enfant');
    const documentOption = page.locator('#global-suggestions .search-suggestion-document');
    await expect.poll(() => documentOption.textContent(), { timeout: 15_000 }).toContain('Loi 09/001');
    expect(await documentOption.textContent()).toContain('protection de l');
    // The best provisions are still offered under it.
    expect(await search.suggestions.count()).toBeGreaterThan(3);
    await page.screenshot({ path: screenshotPath('search-fr-banner-enfant') });
    await page.keyboard.press('ArrowDown');
    expect(await search.activeOptionText()).toContain('Loi 09/001');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/bibliotheque/loi-09-001');
    await page.close();
  });
});

describe('results grouped by kind', () => {
  it('shows legal provisions, indicators and referral steps in blocks above the fold, each with « Voir tout »', async () => {
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    await search.open('enfant mine');
    const blocks = search.groups;
    await expect.poll(() => blocks.count(), { timeout: 15_000 }).toBe(3);
    await search.firstResult.waitFor({ timeout: 15_000 });
    const titles = (await search.groupTitles()).join('|');
    for (const title of ['Dispositions légales', 'Indicateurs', 'Étapes d’orientation'])
      expect(titles).toContain(title);
    // Every block, its results and its "Voir tout" sit above the fold at 1366×768, above the footer line.
    const fold = await page.locator('footer.footer').evaluate((el) => el.getBoundingClientRect().top);
    for (const box of await blocks.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(box.bottom).toBeLessThanOrEqual(fold);
    }
    const lawOptions = search.resultsOfKind('law');
    expect(await lawOptions.count()).toBe(3);
    expect((await lawOptions.allTextContents()).join(' ')).toMatch(/Loi 09\/001 — Article 5[03]/);
    // A legal entry shows its verification badge.
    expect(await search.resultsOfKind('law').locator('.badge').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: screenshotPath('search-fr-grouped-by-kind') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    // ↑ ↓ run through the blocks in order: the fourth option is the first of the second block.
    await search.input.focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    expect(await search.input.getAttribute('aria-activedescendant')).toBe('search-results-option-3');
    expect(await search.groups.nth(1).locator('#search-results-option-3').count()).toBe(1);
    // "Voir tout" narrows the search to that kind, as the type filter does.
    await search.seeAll('Indicateurs');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('type=indicators');
    await expect.poll(() => search.groups.count()).toBe(0);
    expect(await search.filter('kind').inputValue()).toBe('indicators');
    await page.screenshot({ path: screenshotPath('search-fr-see-all-indicators') });
    await page.close();
  });

  it('opens on referral steps for a « que faire » question, and lists cited articles in order', async () => {
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    await search.open('que faire victime de traite');
    await expect
      .poll(() => search.groups.first().locator('.search-kind-title').textContent(), { timeout: 15_000 })
      .toContain('Étapes d’orientation');
    await page.screenshot({ path: screenshotPath('search-fr-grouped-what-to-do') });
    await search.input.fill('art 174 code penal');
    await expect.poll(() => search.groups.count(), { timeout: 15_000 }).toBe(0);
    const headings = search.results.locator('.search-hit-heading');
    await expect
      .poll(async () => (await headings.allTextContents()).slice(0, 5))
      .toEqual(['Article 174c', 'Article 174e', 'Article 174f', 'Article 174k', 'Article 174l']);
    await page.screenshot({ path: screenshotPath('search-fr-article-family') });
    await page.close();
  });
});
