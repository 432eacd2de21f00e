import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ContentDocument, Entry } from '../../renderer/core/content/types';
import { libraryHref } from '../../renderer/core/library/outline';
import type { Language } from '../../renderer/ui/i18n/languages';
import { translate } from '../../renderer/ui/i18n/translate';
import { screenshotPath, useBrowserApp, WEB_ROOT } from './support/browserApp';

// Issue 19: switching an article's text language keeps the reading position, in every direction and in
// long documents, also near the end. The article whose heading sits at the top of the reading area (just
// under the sticky toolbar) must still be there, at the same place, after each switch, and stay there.

const readPart = <T>(name: string): T =>
  JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack', name), 'utf8')) as T;
const documents = readPart<ContentDocument[]>('documents.json');
const entriesById = new Map(readPart<Entry[]>('entries.json').map((e) => [e.id, e]));
const inAll = (id: string) => {
  const text = entriesById.get(id)?.text;
  return Boolean(text?.fr && text.en && text.sw);
};
// The longest document in the three languages, by the number of its articles translated in all of them.
const longDoc = documents
  .filter((d) => (['fr', 'en', 'sw'] as const).every((l) => d.languages.includes(l)))
  .sort((a, b) => b.entryIds.filter(inAll).length - a.entryIds.filter(inAll).length)[0]!;
const translatedIds = longDoc.entryIds.filter(inAll);
const domId = (id: string) => `entry-${id.replace('/', '--')}`;

const app = useBrowserApp();

interface ReadingTop {
  /** The first article that reaches below the reading line. */
  id: string;
  /** Its top, in px below the reading line (negative: the line is inside it). */
  offset: number;
  atBottom: boolean;
}

const readingTop = (page: Page): Promise<ReadingTop> =>
  page.evaluate(() => {
    const line = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
    const scroller = document.querySelector('main')!;
    const article = [...document.querySelectorAll<HTMLElement>('.reader-text article[id]')].find(
      (a) => a.getBoundingClientRect().bottom > line + 1,
    )!;
    return {
      id: article.id,
      offset: Math.round(article.getBoundingClientRect().top - line),
      atBottom: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1,
    };
  });

/** Scrolls as a reader would until the article's heading sits on the reading line (or the end is reached). */
async function scrollToHeading(page: Page, entryId: string): Promise<ReadingTop> {
  await expect
    .poll(
      async () => {
        await page.evaluate((id) => {
          const line = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
          document.querySelector('main')!.scrollTop +=
            document.getElementById(id)!.getBoundingClientRect().top - line;
        }, domId(entryId));
        await page.waitForTimeout(250);
        const top = await readingTop(page);
        return top.id === domId(entryId) && (Math.abs(top.offset) <= 1 || top.atBottom);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return readingTop(page);
}

async function switchText(page: Page, ui: Language, lang: Language, entryId: string): Promise<void> {
  await page.getByRole('radio', { name: translate(ui, `library.languageName.${lang}`) }).check();
  await page
    .locator(`#${domId(entryId)} .prose[lang="${lang}"]`)
    .first()
    .waitFor({ state: 'attached' });
}

/** After a switch, and still a while later, the same article is at the same place under the line. */
async function expectKept(page: Page, before: ReadingTop, label: string): Promise<void> {
  for (const wait of [100, 1500]) {
    await page.waitForTimeout(wait);
    const now = await readingTop(page);
    expect(now.id, `${label}: article at the top after ${wait} ms`).toBe(before.id);
    // Near the end a shorter text may not let the page scroll that far: the article then stays in view.
    if (!now.atBottom)
      expect(
        Math.abs(now.offset - before.offset),
        `${label}: moved by ${now.offset - before.offset} px`,
      ).toBeLessThanOrEqual(2);
  }
}

async function openReader(ui: Language): Promise<Page> {
  const page = await app.newPage();
  if (ui !== 'fr')
    await page.addInitScript(
      (lang) => window.localStorage.setItem('dalili.settings.v1', JSON.stringify({ language: lang })),
      ui,
    );
  await page.goto(`${app.url}${libraryHref(longDoc.id)}`);
  await page.locator('.reader-text article').first().waitFor();
  return page;
}

describe('reading position across text languages', () => {
  it('a long document, in the middle: fr → en → fr → sw → fr → en → sw → fr keeps the article at the top', async () => {
    expect(translatedIds.length, 'a long document translated in the three languages').toBeGreaterThanOrEqual(
      20,
    );
    const target = translatedIds[Math.floor(translatedIds.length * 0.6)]!;
    const page = await openReader('fr');
    const before = await scrollToHeading(page, target);
    expect(before.atBottom).toBe(false);
    for (const lang of ['en', 'fr', 'sw', 'fr', 'en', 'sw', 'fr'] as const) {
      await switchText(page, 'fr', lang, target);
      await expectKept(page, before, `→ ${lang}`);
    }
    await page.screenshot({ path: screenshotPath('reading-position-middle') });
    await page.close();
  });

  it('reading in Swahili, back to French and again, with the line inside a long article', async () => {
    const target = [...translatedIds].sort(
      (a, b) => entriesById.get(b)!.text.fr.length - entriesById.get(a)!.text.fr.length,
    )[0]!;
    const page = await openReader('sw');
    await scrollToHeading(page, target);
    // The reading line a third of the way into the article, not at its heading.
    await page.evaluate((id) => {
      const rect = document.getElementById(id)!.getBoundingClientRect();
      document.querySelector('main')!.scrollTop += rect.height / 3;
    }, domId(target));
    await page.waitForTimeout(250);
    const share = () =>
      page.evaluate((id) => {
        const line = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
        const rect = document.getElementById(id)!.getBoundingClientRect();
        return (line - rect.top) / rect.height;
      }, domId(target));
    const shareBefore = await share();
    for (const lang of ['fr', 'sw', 'fr', 'en', 'fr'] as const) {
      await switchText(page, 'sw', lang, target);
      for (const wait of [100, 1500]) {
        await page.waitForTimeout(wait);
        expect((await readingTop(page)).id, `→ ${lang}`).toBe(domId(target));
        expect(
          Math.abs((await share()) - shareBefore),
          `→ ${lang}: share of the article`,
        ).toBeLessThanOrEqual(0.02);
      }
    }
    await page.close();
  });

  it('near the end of a long document the article stays at the top, in every direction', async () => {
    const target = translatedIds[translatedIds.length - 3]!;
    const page = await openReader('fr');
    const before = await scrollToHeading(page, target);
    for (const lang of ['en', 'fr', 'sw', 'en', 'fr'] as const) {
      await switchText(page, 'fr', lang, target);
      await expectKept(page, before, `end → ${lang}`);
    }
    await page.screenshot({ path: screenshotPath('reading-position-end') });
    await page.close();
  });

  it('at the very end, where a shorter text cannot scroll as far, coming back to French finds the same place', async () => {
    const last = longDoc.entryIds[longDoc.entryIds.length - 1]!;
    const page = await openReader('fr');
    // To the very end, as far as the page goes (the last bodies fill in as the reader gets there).
    await expect
      .poll(async () => {
        await page.evaluate(() => document.querySelector('main')!.scrollTo(0, 1e9));
        await page.waitForTimeout(250);
        return (await readingTop(page)).atBottom;
      })
      .toBe(true);
    const before = await readingTop(page);
    for (const lang of ['en', 'fr', 'sw', 'fr', 'en', 'sw', 'fr'] as const) {
      await switchText(page, 'fr', lang, last);
      await page.waitForTimeout(1000);
      const now = await readingTop(page);
      if (lang === 'fr') {
        // French is where the reader was: the same article at the same place, to the pixel or two.
        expect(now.id, `→ fr`).toBe(before.id);
        expect(
          Math.abs(now.offset - before.offset),
          `→ fr: moved by ${now.offset - before.offset} px`,
        ).toBeLessThanOrEqual(2);
      } else {
        // A shorter text may stop the page earlier: the article read stays in view, under the line.
        const inView = await page.evaluate((id) => {
          const line = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
          const rect = document.getElementById(id)!.getBoundingClientRect();
          return rect.bottom > line && rect.top < window.innerHeight;
        }, before.id);
        expect(inView, `→ ${lang}: ${before.id} in view`).toBe(true);
      }
    }
    await page.close();
  });
});
