import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadSigningKey } from '../../build/content/signingKey';
import { serializeSignature, signManifest } from '../../renderer/core/content/packSignature';
import { translate } from '../../renderer/ui/i18n/translate';
import { screenshotPath, seriousAxeViolations, useBrowserApp, WEB_ROOT } from './support/browserApp';

// Search as people use it: typed queries, the keyboard through results, an article opened in the
// library; filters; the banner's suggestions; hostile input. Screenshots in French at 1366×768.

const app = useBrowserApp();


async function openSearch(page: Page, query = ''): Promise<void> {
  await page.goto(`${app.url}#/recherche${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  await page.locator('#search-page-input').waitFor();
}

const activeOptionText = (page: Page) =>
  page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement | null;
    const id = input?.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.textContent ?? '') : '';
  });

describe('search page', () => {
  it('puts a cited article first, moves through results with ↑ ↓ and opens one with Enter', async () => {
    const page = await app.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await openSearch(page);
    await page.locator('.search-examples button').first().waitFor();
    await page.screenshot({ path: screenshotPath('search-fr-empty') });
    await page.locator('#search-page-input').click();
    await page.keyboard.type('art. 53 loi 09/001');
    const first = page.locator('#search-results [role="option"]').first();
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toContain('Article 53');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('q=art.+53+loi+09%2F001');
    await page.screenshot({ path: screenshotPath('search-fr-article-reference') });
    // The index lives in a module worker, allowed by the CSP (a refusal would be a console error).
    expect(requested.some((url) => /searchWorker-[\w-]+\.js$/.test(url))).toBe(true);
    const activeId = () => page.locator('#search-page-input').getAttribute('aria-activedescendant');
    await page.keyboard.press('ArrowDown');
    expect(await activeId()).toBe('search-results-option-0');
    expect(await activeOptionText(page)).toContain('Article 53');
    await page.keyboard.press('ArrowDown');
    expect(await activeId()).toBe('search-results-option-1');
    await page.keyboard.press('ArrowUp');
    expect(await activeId()).toBe('search-results-option-0');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/bibliotheque/loi-09-001/art-53');
    await page.close();
  });

  it('finds provisions across languages and highlights the words found, as text', async () => {
    const page = await app.newPage();
    await openSearch(page, 'forced labour definition');
    const first = page.locator('#search-results [role="option"]').first();
    await expect.poll(() => first.getAttribute('id'), { timeout: 15_000 }).toBeTruthy();
    expect(await page.locator('#search-results').textContent()).toContain('Convention');
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.toLowerCase()).join(' ')).toMatch(/forc|labour|travail/);
    expect(await page.locator('#search-results .badge').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('search-fr-cross-language'), fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('filters by type, jurisdiction and language with ordinary form controls', async () => {
    const page = await app.newPage();
    await openSearch(page, 'enfant');
    await page.locator('#search-results [role="option"]').first().waitFor({ timeout: 15_000 });
    await page.locator('select[data-filter="kind"]').selectOption('indicators');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('type=indicators');
    await expect
      .poll(async () => (await page.locator('#search-results [role="option"]').allTextContents()).every((x) => x.includes('Indicateur')))
      .toBe(true);
    await page.locator('select[data-filter="jurisdiction"]').selectOption('international');
    await page.locator('select[data-filter="kind"]').selectOption('law');
    await expect
      .poll(async () => (await page.locator('#search-results [role="group"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''))).join('|'))
      .not.toMatch(/Loi 09\/001|Code/);
    await page.screenshot({ path: screenshotPath('search-fr-filters') });
    await page.close();
  });

  it('answers hostile input calmly: no crash, no markup, Esc clears', async () => {
    const page = await app.newPage();
    await openSearch(page);
    const input = page.locator('#search-page-input');
    for (const text of ['<img src=x onerror=alert(1)>', '"travail forcé', '(.*)+[a-z]{2,}$', 'العمل القسري', '👶⛏️💰', '!!! ???', 'a'.repeat(500)]) {
      await input.fill(text);
      await expect.poll(() => page.locator('.search-echo').textContent()).toBeTruthy();
    }
    expect(await page.locator('#search-results img').count()).toBe(0);
    await input.fill('travail forcé');
    await page.locator('#search-results [role="option"]').first().waitFor({ timeout: 15_000 });
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(await page.locator('#search-results').count()).toBe(0);
    await page.close();
  });
});

describe('a pack built with another search configuration', () => {
  it('rebuilds the index in the worker, says so calmly, and searches as usual', async () => {
    // The bundled pack's manifest with another configuration hash, signed again with the development key:
    // what a pack prepared by another version of Dalili looks like.
    const manifest = JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack', 'manifest.json'), 'utf8')) as { search: { configHash: string } };
    manifest.search.configHash = '0'.repeat(64);
    const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
    const key = loadSigningKey({});
    const signature = serializeSignature(signManifest(manifestBytes, key));
    const page = await app.newPage();
    await page.route('**/pack/manifest.json', (route) => route.fulfill({ status: 200, body: Buffer.from(manifestBytes), contentType: 'application/json' }));
    await page.route('**/pack/manifest.sig', (route) => route.fulfill({ status: 200, body: Buffer.from(signature), contentType: 'application/json' }));
    await openSearch(page, 'art. 53 loi 09/001');
    const notice = page.locator('.search-rebuilt');
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toBe(translate('fr', 'search.status.rebuilt'));
    const first = page.locator('#search-results [role="option"]').first();
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toContain('Article 53');
    await page.close();
  });
});

describe('banner search as you type', () => {
  it('suggests provisions while typing; ↓ and Enter open one, Esc closes', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#/bibliotheque`);
    await page.getByRole('navigation').waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('pires formes travail enfants');
    const options = page.locator('#global-suggestions [role="option"]');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await page.screenshot({ path: screenshotPath('search-fr-banner-suggestions') });
    await page.keyboard.press('Escape');
    expect(await page.locator('#global-suggestions').count()).toBe(0);
    await page.keyboard.type(' ');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    // Option 0 is the legal text that answers best; the provisions follow.
    expect(await options.first().getAttribute('class')).toContain('search-suggestion-document');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/bibliotheque\/[a-z0-9-]+\/[a-z0-9-]+$/);
    await page.close();
  });

  it('offers the child-protection law for « enfant », and opens it with Enter', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#/bibliotheque`);
    await page.getByRole('navigation').waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('enfant');
    const documentOption = page.locator('#global-suggestions .search-suggestion-document');
    await expect.poll(() => documentOption.textContent(), { timeout: 15_000 }).toContain('Loi 09/001');
    expect(await documentOption.textContent()).toContain('protection de l');
    // The best provisions are still offered under it.
    expect(await page.locator('#global-suggestions [role="option"]').count()).toBeGreaterThan(3);
    await page.screenshot({ path: screenshotPath('search-fr-banner-enfant') });
    await page.keyboard.press('ArrowDown');
    expect(await activeOptionText(page)).toContain('Loi 09/001');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/bibliotheque/loi-09-001');
    await page.close();
  });
});

describe('results grouped by kind', () => {
  it('shows legal provisions, indicators and referral steps in blocks above the fold, each with « Voir tout »', async () => {
    const page = await app.newPage();
    await openSearch(page, 'enfant mine');
    const blocks = page.locator('.search-kind');
    await expect.poll(() => blocks.count(), { timeout: 15_000 }).toBe(3);
    await page.locator('#search-results [role="option"]').first().waitFor({ timeout: 15_000 });
    const titles = (await page.locator('.search-kind .search-kind-title').allTextContents()).join('|');
    for (const title of ['Dispositions légales', 'Indicateurs', 'Étapes d’orientation']) expect(titles).toContain(title);
    // Every block, its results and its "Voir tout" sit above the fold at 1366×768, above the footer line.
    const fold = await page.locator('footer.footer').evaluate((el) => el.getBoundingClientRect().top);
    for (const box of await blocks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.bottom).toBeLessThanOrEqual(fold);
    }
    const lawOptions = page.locator('#search-results-law [role="option"]');
    expect(await lawOptions.count()).toBe(3);
    expect((await lawOptions.allTextContents()).join(' ')).toMatch(/Loi 09\/001 — Article 5[03]/);
    // A legal entry shows its verification badge.
    expect(await page.locator('#search-results-law [role="option"] .badge').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: screenshotPath('search-fr-grouped-by-kind') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    // ↑ ↓ run through the blocks in order: the fourth option is the first of the second block.
    await page.locator('#search-page-input').focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-page-input').getAttribute('aria-activedescendant')).toBe('search-results-option-3');
    expect(await page.locator('.search-kind').nth(1).locator('#search-results-option-3').count()).toBe(1);
    // "Voir tout" narrows the search to that kind, as the type filter does.
    await page.locator('.search-kind', { hasText: 'Indicateurs' }).getByRole('button', { name: /Voir tout/ }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('type=indicators');
    await expect.poll(() => page.locator('.search-kind').count()).toBe(0);
    expect(await page.locator('select[data-filter="kind"]').inputValue()).toBe('indicators');
    await page.screenshot({ path: screenshotPath('search-fr-see-all-indicators') });
    await page.close();
  });

  it('opens on referral steps for a « que faire » question, and lists cited articles in order', async () => {
    const page = await app.newPage();
    await openSearch(page, 'que faire victime de traite');
    await expect.poll(() => page.locator('.search-kind').first().locator('.search-kind-title').textContent(), { timeout: 15_000 }).toContain('Étapes d’orientation');
    await page.screenshot({ path: screenshotPath('search-fr-grouped-what-to-do') });
    await page.locator('#search-page-input').fill('art 174 code penal');
    await expect.poll(() => page.locator('.search-kind').count(), { timeout: 15_000 }).toBe(0);
    const headings = page.locator('#search-results [role="option"] .search-hit-heading');
    await expect.poll(async () => (await headings.allTextContents()).slice(0, 5)).toEqual(['Article 174c', 'Article 174e', 'Article 174f', 'Article 174k', 'Article 174l']);
    await page.screenshot({ path: screenshotPath('search-fr-article-family') });
    await page.close();
  });
});
