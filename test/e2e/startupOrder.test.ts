import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../renderer/ui/i18n/translate';
import { screenshotPath, useBrowserApp } from './support/browserApp';

// The order of start-up (issue 17, point 8): the library's list needs only the pack's signature and its
// list part (list.json); documents, entries, tags and the search index are asked for and checked after
// the list is drawn. The list must not wait for them,
// search must say it is getting ready meanwhile, and a changed later part must still be refused, in
// words, with nothing from it shown.

const app = useBrowserApp();

/** Holds one pack part until `release()` is called. */
async function holdPart(page: Page, part: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**/pack/${part}`, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Serves the part with one byte flipped in its middle, the damage a bad USB stick does. */
async function damagePart(page: Page, part: string): Promise<void> {
  await page.route(`**/pack/${part}`, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    const middle = Math.floor(body.length / 2);
    body[middle] = body[middle]! ^ 0x01;
    await route.fulfill({ response, body });
  });
}

describe('start-up order', () => {
  it('shows the library list before the search index is read; search says it is getting ready, then answers', async () => {
    const page = await app.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    const release = await holdPart(page, 'search-index.json');
    await page.goto(app.url);
    await page.locator('.doc-list a').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.doc-list a').count()).toBeGreaterThan(10);
    // Signatures were checked by the browser's own Ed25519: the JavaScript fallback was never fetched.
    expect(asked.filter((p) => /\/assets\/ed25519-/.test(p))).toEqual([]);

    await page.goto(`${app.url}#/recherche?q=exploitation`);
    const status = page.locator('.search-echo');
    await expect.poll(() => status.textContent()).toBe(translate('fr', 'search.status.opening'));
    await page.screenshot({ path: screenshotPath('startup-order-search-waiting') });
    // Still waiting a moment later: no result can come from an index that has not been read.
    await page.waitForTimeout(500);
    expect(await page.locator('.search-hit').count()).toBe(0);
    expect(await status.textContent()).toBe(translate('fr', 'search.status.opening'));

    release();
    await expect.poll(() => page.locator('.search-hit').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(asked.filter((p) => /\/assets\/ed25519-/.test(p))).toEqual([]);
    await page.close();
  });

  it('draws the list from the signed list part before any other part of the pack is asked for', async () => {
    const page = await app.newPage();
    // When the first document link appears, in the page's own clock.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (document.querySelector('.doc-list a')) {
          (window as unknown as { listShownAt: number }).listShownAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const releases = await Promise.all(
      ['documents.json', 'entries.json', 'tags.json', 'search-index.json'].map((part) =>
        holdPart(page, part),
      ),
    );
    await page.goto(app.url);
    await page.locator('.doc-list a').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.doc-list a').count()).toBeGreaterThan(10);
    const before = await page.evaluate(() => {
      const shownAt = (window as unknown as { listShownAt: number }).listShownAt;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/pack/') && e.startTime < shownAt)
        .map((e) => new URL(e.name).pathname.replace(/.*\/pack\//, ''));
    });
    expect(before.sort()).toEqual(['list.json', 'manifest.json', 'manifest.sig']);
    // The filter works on the list alone, while the rest is still held.
    await page.getByLabel(translate('fr', 'library.filter.label')).fill('travail');
    await expect.poll(() => page.locator('.doc-list a').count()).toBeGreaterThan(0);
    for (const release of releases) release();
    // Then the rest is read and checked: a document opens in the reader.
    await page.locator('.doc-list a').first().click();
    await page.locator('.reader-text').first().waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('refuses a pack whose list part was changed at once, in words, with no list shown', async () => {
    const page = await app.newPage();
    await damagePart(page, 'list.json');
    await page.goto(app.url);
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain(translate('fr', 'content.error.hash-mismatch'));
    expect(await page.getByRole('alert').textContent()).toContain('list.json');
    expect(await page.locator('.doc-list a').count()).toBe(0);
    await page.close();
  });

  it.each(['documents.json', 'entries.json', 'search-index.json'])(
    'refuses a pack whose %s was changed, in words, once it is reached, and shows nothing of it',
    async (part) => {
      const page = await app.newPage();
      await damagePart(page, part);
      await page.goto(app.url);
      await expect
        .poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 })
        .toContain(translate('fr', 'content.error.hash-mismatch'));
      expect(await page.getByRole('alert').textContent()).toContain(part);
      // The list drawn from the (good) list part is taken down with the rest of the pack.
      expect(await page.locator('.doc-list a').count()).toBe(0);
      await page.goto(`${app.url}#/recherche?q=exploitation`);
      await expect
        .poll(() => page.locator('.search-echo').textContent())
        .toBe(translate('fr', 'search.status.failed'));
      expect(await page.locator('.search-hit').count()).toBe(0);
      await page.screenshot({ path: screenshotPath(`startup-order-refused-${part}`) });
      await page.close();
    },
  );
});
