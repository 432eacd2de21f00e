import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { catalog } from '../../renderer/ui/i18n/catalog';
import { LANGUAGES, type Language } from '../../renderer/ui/i18n/languages';
import { translate } from '../../renderer/ui/i18n/translate';
import { PAGE_NAMESPACES, SHELL_NAMESPACES } from '../../renderer/ui/shell/pageNamespaces';
import { ROUTES } from '../../renderer/ui/shell/routes';
import { screenshotPath, useBrowserApp } from './support/browserApp';

// Start-up stays lean (issue 17, point 8): the first page downloads its own catalogue namespaces only, in
// the interface language (and French, the reference), and a page opened for the first time shows its
// words, never a raw key, not even for an instant.

const app = useBrowserApp();
const ALL_KEYS = Object.entries(catalog).flatMap(([ns, messages]) =>
  Object.keys(messages.fr).map((k) => `${ns}.${k}`),
);
const CHUNK = /\/assets\/i18n-([a-z][A-Za-z]*)\.(fr|en|sw)-[\w-]+\.js$/;
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const chunkNames = (namespaces: readonly string[], languages: readonly Language[]) =>
  sorted(languages.flatMap((l) => namespaces.map((ns) => `${ns}.${l}`)));

interface Watched {
  page: Page;
  /** `<namespace>.<language>` of every catalogue chunk requested so far. */
  chunks: string[];
  urls: string[];
}

/**
 * A page in a fresh profile, in the given language, that records every catalogue chunk it requests and,
 * from the first byte of the document, every raw message key that ever appears in its text or labels.
 */
async function watchedPage(language: Language): Promise<Watched> {
  const page = await app.newPage();
  const chunks: string[] = [];
  const urls: string[] = [];
  page.on('request', (request) => {
    urls.push(request.url());
    const match = CHUNK.exec(request.url());
    if (match) chunks.push(`${match[1]}.${match[2]}`);
  });
  await page.addInitScript(
    ({ keys, language: lang }) => {
      if (lang !== 'fr')
        window.localStorage.setItem('dalili.settings.v1', JSON.stringify({ language: lang }));
      const known = new Set(keys);
      const seen: string[] = [];
      const watch = window as unknown as {
        rawKeysSeen: string[];
        loadingLinesShown: number;
        listShownAt?: number;
        workerStartedAt?: number;
      };
      watch.rawKeysSeen = seen;
      watch.loadingLinesShown = 0;
      // When the search worker is created (it receives the index) and when the library's list first shows.
      const NativeWorker = window.Worker;
      window.Worker = class extends NativeWorker {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          watch.workerStartedAt ??= performance.now();
        }
      };
      const scan = (text: string | null) => {
        for (const token of text?.match(/[a-z]+\.[A-Za-z0-9.-]+/g) ?? [])
          if (known.has(token)) seen.push(token);
      };
      const scanNode = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) return scan(node.textContent);
        if (!(node instanceof Element)) return;
        if (node.matches('.page-loading') || node.querySelector('.page-loading'))
          watch.loadingLinesShown += 1;
        if (
          watch.listShownAt === undefined &&
          (node.matches('.doc-list a') || node.querySelector('.doc-list a'))
        )
          watch.listShownAt = performance.now();
        scan(node.textContent);
        for (const el of [node, ...node.querySelectorAll('*')]) {
          for (const name of ['aria-label', 'placeholder', 'title', 'value']) scan(el.getAttribute(name));
        }
      };
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') scanNode(record.target);
          else if (record.type === 'attributes')
            scan((record.target as Element).getAttribute(record.attributeName ?? ''));
          else record.addedNodes.forEach(scanNode);
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['aria-label', 'placeholder', 'title', 'value'],
      });
    },
    { keys: ALL_KEYS, language },
  );
  return { page, chunks, urls };
}

const rawKeysSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { rawKeysSeen: string[] }).rawKeysSeen);
const loadingLinesShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { loadingLinesShown: number }).loadingLinesShown);
const h1 = (page: Page) => page.locator('h1').first().textContent();

async function openByNav(page: Page, language: Language, route: (typeof ROUTES)[number]): Promise<void> {
  const label = translate(language, route.label);
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  // A page's code loads on its first opening (Dossiers brings the notebook's storage and crypto): on a
  // loaded machine that can take longer than the default 5 s.
  await expect.poll(() => h1(page), { timeout: 20_000 }).toBe(label);
}

describe('start-up loads only what the first page shows', () => {
  it('the library starts with its own namespaces in French; the cases page fetches its own when opened', async () => {
    const { page, chunks, urls } = await watchedPage('fr');
    await page.goto(app.url);
    await page.locator('.doc-list a').first().waitFor();
    expect(await h1(page)).toBe(translate('fr', 'library.title'));
    const libraryChunks = chunkNames([...SHELL_NAMESPACES, ...PAGE_NAMESPACES.library], ['fr']);
    expect(sorted(chunks)).toEqual(libraryChunks);
    expect(chunks).not.toContain('cases.fr');
    expect(chunks).not.toContain('backup.fr');
    expect(chunks.filter((c) => !c.endsWith('.fr'))).toEqual([]);
    // The French chunk holds French only: the English words of the same namespace are not in it.
    const shellChunk = urls.find((u) => /\/i18n-shell\.fr-/.test(u))!;
    const shellSource = await page.evaluate(async (url) => (await fetch(url)).text(), shellChunk);
    expect(shellSource).toContain(translate('fr', 'shell.skipToContent'));
    expect(shellSource).not.toContain(translate('en', 'shell.skipToContent'));
    expect(shellSource).not.toContain(translate('sw', 'shell.skipToContent'));

    // The search index goes to its worker after the list is drawn, not during the first render.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { workerStartedAt?: number }).workerStartedAt), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    const { listShownAt, workerStartedAt } = await page.evaluate(() => {
      const watch = window as unknown as { listShownAt: number; workerStartedAt: number };
      return { listShownAt: watch.listShownAt, workerStartedAt: watch.workerStartedAt };
    });
    expect(workerStartedAt).toBeGreaterThan(listShownAt);

    await openByNav(
      page,
      'fr',
      ROUTES.find((r) => r.id === 'cases')!,
    );
    expect(chunks).toContain('cases.fr');
    expect(chunks).toContain('backup.fr');
    expect(sorted(chunks)).toEqual(
      chunkNames([...SHELL_NAMESPACES, ...PAGE_NAMESPACES.library, ...PAGE_NAMESPACES.cases], ['fr']),
    );
    expect(await rawKeysSeen(page)).toEqual([]);
    await page.close();
  });

  for (const language of LANGUAGES) {
    it(`${language}: every page opened for the first time shows its words, never a raw key`, async () => {
      const { page, chunks } = await watchedPage(language);
      await page.goto(app.url);
      await page.locator('.doc-list a').first().waitFor();
      expect(await h1(page)).toBe(translate(language, 'library.title'));
      expect(await page.locator('#global-search').getAttribute('placeholder')).toBe(
        translate(language, 'shell.searchPlaceholder'),
      );
      // The interface language and French (the reference the fiche de référence is written in), nothing else.
      const languages: Language[] = language === 'fr' ? ['fr'] : [language, 'fr'];
      expect(sorted(chunks)).toEqual(
        chunkNames([...SHELL_NAMESPACES, ...PAGE_NAMESPACES.library], languages),
      );
      for (const route of ROUTES.filter((r) => r.id !== 'library')) {
        await openByNav(page, language, route);
        expect(chunks, route.id).toEqual(
          expect.arrayContaining(chunkNames(PAGE_NAMESPACES[route.id], languages)),
        );
      }
      await page.screenshot({ path: screenshotPath(`startup-${language}-last-page`) });
      expect(await rawKeysSeen(page)).toEqual([]);
      await page.close();
    });
  }

  it('switching language on a page loads that language for the page, and keeps the page on screen meanwhile', async () => {
    const { page, chunks } = await watchedPage('fr');
    await page.goto(`${app.url}#/indicateurs`);
    await expect.poll(() => h1(page)).toBe(translate('fr', 'shell.nav.indicators'));
    expect(chunks.filter((c) => c.endsWith('.en'))).toEqual([]);
    const linesBefore = await loadingLinesShown(page);
    await page.locator('#banner-language').selectOption('en');
    await expect.poll(() => h1(page), { timeout: 15_000 }).toBe(translate('en', 'shell.nav.indicators'));
    expect(sorted(chunks.filter((c) => c.endsWith('.en')))).toEqual(
      chunkNames([...SHELL_NAMESPACES, ...PAGE_NAMESPACES.indicators], ['en']),
    );
    expect(chunks).not.toContain('cases.sw');
    await page.locator('#banner-language').selectOption('sw');
    await expect.poll(() => h1(page), { timeout: 15_000 }).toBe(translate('sw', 'shell.nav.indicators'));
    // The heading was never replaced by the loading line while the new language's strings came in.
    expect(await loadingLinesShown(page)).toBe(linesBefore);
    expect(await rawKeysSeen(page)).toEqual([]);
    await page.close();
  });
});
