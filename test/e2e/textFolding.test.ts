import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, useBrowserApp } from './support/browserApp';

// The shared folding (renderer/core/text) in the built app: the pack's prebuilt index and the query typed
// in Chromium's search worker agree that "sœurs" and "soeurs" are one word, and the mark falls on the
// text as written.

const app = useBrowserApp();

async function results(page: Page, query: string): Promise<{ options: string[]; marks: string[] }> {
  await page.goto(`${app.url}#/recherche?q=${encodeURIComponent(query)}`);
  await page.locator('#search-page-input').waitFor();
  const first = page.locator('#search-results [role="option"]').first();
  await expect.poll(() => first.count(), { timeout: 30_000 }).toBe(1);
  const options = await page.locator('#search-results [role="option"]').allTextContents();
  const marks = await page.locator('#search-results mark').allTextContents();
  return { options, marks };
}

describe('one folding in the search box', () => {
  it('finds « frères et sœurs » typed with or without the ligature, and marks the word as written', async () => {
    const page = await app.newPage();
    const plain = await results(page, 'soeurs');
    await page.screenshot({ path: screenshotPath('search-fr-soeurs-without-ligature') });
    expect(plain.marks.map((m) => m.toLowerCase())).toContain('sœurs');
    const ligature = await results(page, 'sœurs');
    expect(ligature.options).toEqual(plain.options);
    expect(ligature.marks).toEqual(plain.marks);
    await page.close();
  });
});
