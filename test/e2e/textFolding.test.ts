import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, useBrowserApp } from './support/browserApp';

// The shared folding (renderer/core/text) in the built app: the pack's prebuilt index and the query typed
// in Chromium's search worker agree that "sœurs" and "soeurs" are one word, and the mark falls on the
// text as written.

const app = useBrowserApp();

async function results(page: Page, query: string): Promise<{ ids: string[]; marks: string[] }> {
  await page.goto(`${app.url}#/recherche`);
  const input = page.locator('#search-page-input');
  await input.waitFor();
  await input.click();
  await page.keyboard.type(query);
  const first = page.locator('#search-results [role="option"]').first();
  await expect.poll(() => first.getAttribute('id'), { timeout: 15_000 }).toBeTruthy();
  await expect
    .poll(() => page.evaluate(() => window.location.hash))
    .toContain(`q=${encodeURIComponent(query)}`);
  const ids = await page.locator('#search-results [role="option"]').allTextContents();
  const marks = await page.locator('#search-results mark').allTextContents();
  return { ids, marks };
}

describe('one folding in the search box', () => {
  it('finds « frères et sœurs » typed with or without the ligature, and marks the word as written', async () => {
    const page = await app.newPage();
    const plain = await results(page, 'soeurs');
    await page.screenshot({ path: screenshotPath('search-fr-soeurs-without-ligature') });
    expect(plain.marks.map((m) => m.toLowerCase())).toContain('sœurs');
    const ligature = await results(page, 'sœurs');
    expect(ligature.ids).toEqual(plain.ids);
    expect(ligature.marks).toEqual(plain.marks);
    await page.close();
  });
});
