import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ContentDocument, Entry } from '../../renderer/core/content/types';
import { citationWithStamp } from '../../renderer/core/library/citation';
import { libraryHref } from '../../renderer/core/library/outline';
import { LANGUAGES, mapValues } from '../../renderer/core/vocabulary';
import { translate } from '../../renderer/ui/i18n/translate';
import { buildHostilePack, HOSTILE_DOC_ID } from '../fixtures/xss/hostilePack';
import { LibraryPage } from './pages/libraryPage';
import { SearchPage } from './pages/searchPage';
import { ShellPage } from './pages/shellPage';
import {
  OUTPUT_DIR,
  screenshotPath,
  seriousAxeViolations,
  useBrowserApp,
  WEB_ROOT,
} from './support/browserApp';

// Runs against the pack built into out/web (the real content), choosing its examples from it, so
// the test follows the content as it grows instead of naming articles that may move.

const readPart = <T>(name: string): T =>
  JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack', name), 'utf8')) as T;
const documents = readPart<ContentDocument[]>('documents.json');
const entries = readPart<Entry[]>('entries.json');
const manifest = readPart<{ packVersion: number; validAsOf: string }>('manifest.json');
const entriesById = new Map(entries.map((e) => [e.id, e]));
const CROSS_REF = /\]\(#\/doc\/([a-z0-9-]+)\/([a-z0-9-]+)\)/;

/** An entry whose French text links to an entry of another document that exists. */
const crossRefSource = entries.find((e) => {
  const m = CROSS_REF.exec(e.text.fr);
  return (
    m &&
    m[1] !== e.docId &&
    entriesById.has(`${m[1]}/${m[2]}`) &&
    (documents.find((d) => d.id === e.docId)?.entryIds.length ?? 0) >= 3
  );
})!;
const sourceDoc = documents.find((d) => d.id === crossRefSource.docId)!;
const [, refDoc, refEntry] = CROSS_REF.exec(crossRefSource.text.fr)!;
const refTarget = entriesById.get(`${refDoc}/${refEntry}`)!;
const entryDomId = (id: string) => LibraryPage.domId(id);
const fr = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('fr', key, params);

const app = useBrowserApp();

const hash = (page: Page) => page.evaluate(() => window.location.hash);

describe('library and reader', () => {
  it('browse → open → contents jump → cross-reference → back', async () => {
    expect(crossRefSource, 'the pack holds a cross-reference between documents').toBeDefined();
    const library = new LibraryPage(await app.newPage(), app);
    const { page } = library;
    await library.openAddress('#/bibliotheque');
    expect(await page.locator('h1').first().textContent()).toBe(fr('library.title'));
    expect(await page.locator('.pack-stamp').textContent()).toContain(`version ${manifest.packVersion}`);
    expect(
      await page.locator('.badge-to-verify, .badge-verified, .badge-concordant').count(),
    ).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('library-fr-index') });
    expect(await seriousAxeViolations(page), 'index').toEqual([]);

    await library.documentLink(sourceDoc.id).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(sourceDoc.title.fr);
    await library.contentsLink(sourceDoc.id, crossRefSource.id).click();
    await expect.poll(() => hash(page)).toBe(libraryHref(sourceDoc.id, crossRefSource.id));
    await expect.poll(() => library.focusedArticle()).toBe(entryDomId(crossRefSource.id));
    await expect.poll(() => library.inView(crossRefSource.id)).toBe(true);
    expect(await library.article(crossRefSource.id).getAttribute('class')).toContain('is-target');
    await page.screenshot({ path: screenshotPath('library-fr-reader-target') });
    expect(await seriousAxeViolations(page), 'reader').toEqual([]);

    await page
      .locator(`#${entryDomId(crossRefSource.id)} .prose a[href="#/doc/${refDoc}/${refEntry}"]`)
      .first()
      .click();
    await expect.poll(() => library.focusedArticle()).toBe(entryDomId(refTarget.id));
    expect(await hash(page)).toBe(`#/doc/${refDoc}/${refEntry}`);
    expect(await page.locator('h1').first().textContent()).toBe(
      documents.find((d) => d.id === refDoc)!.title.fr,
    );
    await expect.poll(() => library.inView(refTarget.id)).toBe(true);

    await page.goBack();
    await expect.poll(() => library.focusedArticle()).toBe(entryDomId(crossRefSource.id));
    await expect.poll(() => library.inView(crossRefSource.id)).toBe(true);
    await library.page.close();
  });

  it('opens a search result address on its article, highlighted, and steps to the next one', async () => {
    const doc = documents.reduce((a, b) => (b.entryIds.length > a.entryIds.length ? b : a));
    const target = doc.entryIds[Math.floor(doc.entryIds.length * 0.75)]!;
    const library = new LibraryPage(await app.newPage(), app);
    const { page } = library;
    await library.openDocument(doc.id, target);
    await expect.poll(() => library.focusedArticle()).toBe(entryDomId(target));
    await expect.poll(() => library.inView(target)).toBe(true);
    expect(await page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe(
      libraryHref(doc.id, target),
    );
    const next = doc.entryIds[doc.entryIds.indexOf(target) + 1]!;
    await page.locator('.reader-toolbar a[rel="next"]').click();
    await expect.poll(() => library.focusedArticle()).toBe(entryDomId(next));
    // An unknown article is said, not silently ignored.
    await library.openAddress('#/bibliotheque/' + doc.id + '/nexiste-pas');
    expect(await page.locator('.warning').textContent()).toBe(
      fr('library.reader.entryNotFound', { id: 'nexiste-pas' }),
    );
    await library.openAddress('#/bibliotheque/nexiste-pas');
    expect(await page.locator('h1').first().textContent()).toBe(fr('library.reader.notFound.title'));
    await library.page.close();
  });

  it('is usable with the keyboard alone: contents link, Enter, then Tab into the article', async () => {
    const library = new LibraryPage(await app.newPage(), app);
    const { page } = library;
    await library.openDocument(sourceDoc.id);
    const second = sourceDoc.entryIds[1]!;
    await page.locator(`.toc a[href="${libraryHref(sourceDoc.id, second)}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => library.focusedArticle()).toBe(entryDomId(second));
    await page.keyboard.press('Tab');
    expect(await library.focusedArticle()).toBe(entryDomId(second));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      fr('library.action.copyCitation'),
    );
    await library.page.close();
  });

  it('switches the text language, says when French stands in, and changes text size', async () => {
    const library = new LibraryPage(await app.newPage(), app);
    const { page } = library;
    await library.openAddress('#/parametres');
    await page.locator('#settings-language').selectOption('en');
    const bilingual = documents.find(
      (d) => d.languages.includes('en') && d.entryIds.some((id) => entriesById.get(id)?.text.en),
    )!;
    await library.openDocument(bilingual.id);
    expect(await page.locator('.reader-text .prose[lang="en"]').count()).toBeGreaterThan(0);
    await library.chooseTextLanguage(translate('en', 'library.languageName.fr'));
    await expect.poll(() => page.locator('.reader-text .prose[lang="en"]').count()).toBe(0);
    await new ShellPage(page, app).chooseLanguage('sw');
    const noSwahili = documents.find((d) => !d.languages.includes('sw'));
    if (noSwahili) {
      await library.openDocument(noSwahili.id);
      expect(await page.locator('.fallback-note').first().textContent()).toBe(
        translate('sw', 'library.reader.fallbackDocument', {
          lang: translate('sw', 'library.languageName.sw'),
        }),
      );
    }
    await new ShellPage(page, app).chooseLanguage('fr');
    const size = () =>
      page.locator('.reader-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByRole('button', { name: `${fr('library.reader.textLarger')} A+` }).click();
    await expect.poll(size).toBeGreaterThan(before);
    await library.page.close();
  });

  it('copies the citation alone, or the text marked as Dalili’s summary with its citation: the clipboard holds each', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'fr-FR',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const library = new LibraryPage(await app.newPage({ context }), app);
    const { page } = library;
    await library.openDocument(sourceDoc.id, crossRefSource.id);
    await library.copyCitation(crossRefSource.id);
    const words = {
      lang: 'fr' as const,
      provenance: fr('library.cite.provenance'),
      officiel: fr('library.cite.officiel'),
      concordant: fr('library.cite.concordant'),
      toVerify: fr('library.cite.toVerify'),
      natureLine: { resume: fr('library.nature.explain.resume'), texte: fr('library.nature.explain.texte') },
      verificationLine: fr('library.cite.verificationLine'),
      sourceLine: fr('library.cite.sourceLine'),
      translationNote: fr('library.cite.translationNote'),
      languageNames: mapValues(LANGUAGES, (l) => fr(`library.languageName.${l}`)),
      keyedLine: fr('library.cite.keyedLine'),
      versionSpan: fr('library.cite.versionSpan'),
      versionSince: fr('library.cite.versionSince'),
      madeByLine: fr('library.cite.madeByLine'),
    };
    const expected = citationWithStamp(crossRefSource, manifest, words);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    // "Copier la citation": the citation alone, with where it was read and its level, no text.
    await expect.poll(clipboard).toBe(expected);
    expect(expected.startsWith(crossRefSource.citation)).toBe(true);
    expect(expected).toContain(
      fr(
        `library.cite.${crossRefSource.verification.status === 'a-verifier' ? 'toVerify' : crossRefSource.verification.status}`,
      ),
    );
    expect(expected).not.toContain(fr('library.nature.explain.resume'));
    await expect
      .poll(() => page.locator('.library-announcer[role="status"]').textContent())
      .toContain(expected);
    await page.screenshot({ path: screenshotPath('library-fr-citation-copied') });
    // "Copier le texte et la citation": the text, first marked as Dalili's summary, then the citation.
    await library.copyArticle(crossRefSource.id);
    await expect.poll(clipboard).toContain(`Source : ${expected}`);
    const copied = await clipboard();
    expect(copied.split('\n')[0]).toBe(`[${fr('library.nature.explain.resume')}]`);
    expect(copied).toContain(crossRefSource.heading);
    await context.close();
  });

  it('says on each article what it is and how it was checked, marks Dalili’s own headings, and prints a verification worksheet', async () => {
    const library = new LibraryPage(await app.newPage(), app);
    const { page } = library;
    await library.openDocument(sourceDoc.id, crossRefSource.id);
    const article = library.article(crossRefSource.id);
    const badge = article.locator('.article-header .verification');
    await expect.poll(() => badge.getAttribute('data-nature')).toBe('resume');
    expect(await badge.getAttribute('data-level')).toBe(crossRefSource.verification.status);
    const badgeText = (await badge.textContent()) ?? '';
    expect(badgeText).toContain(fr('library.nature.resume'));
    expect(badgeText).toContain(fr(`library.verification.explain.${crossRefSource.verification.status}`));
    expect(await page.locator('.document-header .nature-banner').textContent()).toBe(
      fr('library.nature.explain.resume'),
    );
    await article.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('library-fr-article-nature-level') });

    // A heading Dalili added to group articles says so, in the text and in the contents.
    const editorialDoc = documents.find(
      (d) => d.kind === 'law' && d.outline.some((n) => n.type === 'heading' && n.editorial),
    );
    expect(editorialDoc, 'a law with an editorial heading').toBeDefined();
    await library.openDocument(editorialDoc!.id);
    await expect
      .poll(() => page.locator('.reader-text .structure-heading.is-editorial').count())
      .toBeGreaterThan(0);
    expect(
      await page
        .locator('.reader-text .structure-heading.is-editorial .editorial-mark')
        .first()
        .textContent(),
    ).toBe(` ${fr('library.editorial.long')}`);
    expect(await page.locator('.toc-heading.is-editorial .editorial-mark').first().textContent()).toBe(
      ` ${fr('library.editorial.short')}`,
    );
    const official = editorialDoc!.outline.find((n) => n.type === 'heading' && !n.editorial);
    if (official?.type === 'heading') {
      expect(
        await page
          .locator('.reader-text .structure-heading:not(.is-editorial)')
          .first()
          .locator('.editorial-mark')
          .count(),
      ).toBe(0);
    }

    // The worksheet: per entry its citation, level, Dalili's summary marked as such, and blank lines.
    await library.openDocument(sourceDoc.id, crossRefSource.id);
    await library.catchPrint();
    await library.print(crossRefSource.id);
    await page.getByRole('radio', { name: fr('library.print.format.worksheet') }).check();
    const sheet = page.locator('.print-sheet.worksheet');
    await expect.poll(() => sheet.locator('.worksheet-entry').count()).toBe(1);
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain(crossRefSource.citation);
    expect(text).toContain(fr('library.worksheet.summary'));
    expect(text).toContain(fr('library.worksheet.joReference'));
    expect(text).toContain(fr('library.worksheet.initials'));
    expect(await seriousAxeViolations(page), 'worksheet').toEqual([]);
    await sheet.locator('.worksheet-entry').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('library-fr-worksheet') });
    await library.page.close();
  });

  it('search results carry the nature and level of each text through the shared badge', async () => {
    const search = new SearchPage(await app.newPage(), app);
    const { page } = search;
    await search.open('travail forcé');
    const first = search.firstResult;
    await expect.poll(() => first.locator('.verification').count(), { timeout: 15_000 }).toBe(1);
    const badge = first.locator('.verification');
    expect(await badge.getAttribute('data-nature')).toBe('resume');
    expect(['officiel', 'concordant', 'a-verifier']).toContain(await badge.getAttribute('data-level'));
    expect(await badge.locator('.badge-nature').textContent()).toBe(fr('library.nature.resume'));
    await page.screenshot({ path: screenshotPath('search-fr-result-nature-level') });
    await page.close();
  });

  it('keeps bookmarks, exports them to a file and imports them back; a bad file changes nothing', async () => {
    const library = new LibraryPage(await app.newPage(), app);
    const { page } = library;
    await library.openDocument(sourceDoc.id, crossRefSource.id);
    await library.bookmark(crossRefSource.id);
    await library.openAddress('#/bibliotheque');
    const list = library.bookmarks;
    await expect.poll(() => list.count()).toBe(1);
    const download = library.exportBookmarks();
    const file = path.join(OUTPUT_DIR, 'bookmarks-export.json');
    await (await download).saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'dalili-bookmarks',
      bookmarks: [{ entryId: crossRefSource.id }],
    });

    await page.getByRole('button', { name: /^Retirer le signet/ }).click();
    await expect.poll(() => list.count()).toBe(0);
    await library.importBookmarks(file);
    await expect.poll(() => list.count()).toBe(1);
    expect(await page.locator('.transfer-status').textContent()).toBe(
      fr('library.bookmarks.imported', { added: 1, kept: 0 }),
    );

    await library.importBookmarks({
      name: 'faux.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"autre"}'),
    });
    await expect
      .poll(() => page.locator('.transfer-error').textContent())
      .toBe(fr('library.bookmarks.error.not-bookmarks'));
    expect(await list.count()).toBe(1);
    await page.screenshot({ path: screenshotPath('library-fr-bookmarks-error') });
    await library.page.close();
  });

  it('prints one article, a selection or the whole document with citation, pack version and verification', async () => {
    const library = new LibraryPage(await app.newPage(), app);
    const { page } = library;
    await library.openDocument(sourceDoc.id, crossRefSource.id);
    await library.catchPrint();
    await library.print(crossRefSource.id);
    const sheet = page.locator('.print-sheet');
    await expect.poll(() => sheet.locator('.print-entry').count()).toBe(1);
    expect(await sheet.locator('.print-stamp').textContent()).toContain(`version ${manifest.packVersion}`);
    expect(await sheet.locator('.print-citation').textContent()).toContain(crossRefSource.citation);
    const printedBadges = await sheet.locator('.print-entry .verification').textContent();
    expect(printedBadges).toContain(fr(`library.verification.${crossRefSource.verification.status}`));
    expect(printedBadges).toContain(fr('library.nature.resume'));
    expect(printedBadges).toContain(fr(`library.verification.explain.${crossRefSource.verification.status}`));
    expect(await sheet.locator('.print-nature').textContent()).toBe(fr('library.nature.explain.resume'));
    await sheet.locator('.print-entry').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('library-fr-print-article') });
    expect(await seriousAxeViolations(page), 'print view').toEqual([]);
    await page.getByRole('radio', { name: fr('library.print.scope.selection') }).check();
    await page.getByRole('button', { name: fr('library.print.selectAll') }).click();
    await expect.poll(() => sheet.locator('.print-entry').count()).toBe(sourceDoc.entryIds.length);
    await page
      .getByRole('radio', { name: fr('library.print.scope.document', { count: sourceDoc.entryIds.length }) })
      .check();
    await page.screenshot({ path: screenshotPath('library-fr-print-view') });
    await page.getByRole('button', { name: fr('library.print.go') }).click();
    await expect.poll(() => library.printed()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-controls').isVisible()).toBe(false);
    expect(await page.locator('.nav').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('library-fr-print-media'), fullPage: true });
    await library.page.close();
  });
});

describe('hostile content', () => {
  it('renders the XSS corpus from a signed pack without running or keeping any of it', async () => {
    const parts = await buildHostilePack();
    const library = new LibraryPage(await app.newPage(), app);
    const { page } = library;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route('**/pack/*', (route) => {
      const bytes = parts.get(new URL(route.request().url()).pathname.split('/').pop() ?? '');
      return bytes
        ? route.fulfill({ status: 200, body: Buffer.from(bytes), contentType: 'application/json' })
        : route.fulfill({ status: 404 });
    });
    await library.openAddress('#/bibliotheque');
    await page.locator('.library-filter input').fill('script img');
    await library.openDocument(HOSTILE_DOC_ID);
    await page.locator('.document-about summary').click();
    await expect.poll(() => page.locator('.article-pending').count()).toBe(0);
    for (const lang of ['anglais', 'français']) await page.getByRole('radio', { name: lang }).check();
    await page.mouse.move(400, 400);
    await page.locator('.prose a').first().hover();
    await page.waitForTimeout(300);
    const report = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const forbidden = [
        ...main.querySelectorAll(
          'script, iframe, object, embed, form, meta, base, link, style, svg, math, img, video, source, template, noscript, marquee',
        ),
        ...main.querySelectorAll('.prose input, .prose details, .prose button'),
      ];
      const handlers = [...main.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter(
            (a) =>
              a.name.startsWith('on') || a.name === 'srcdoc' || (a.name === 'style' && el.closest('.prose')),
          )
          .map((a) => `${el.tagName}@${a.name}`),
      );
      const hrefs = [...main.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
      return {
        flag: (window as unknown as { __xss?: unknown }).__xss,
        forbidden: forbidden.map((el) => el.tagName),
        handlers,
        external: hrefs.filter((h) => !h.startsWith('#/') && h !== '#main-content'),
        neutralised: main.querySelectorAll('.prose a.link-neutralised').length,
      };
    });
    expect(report.flag).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(report.handlers).toEqual([]);
    expect(report.external).toEqual([]);
    expect(report.neutralised).toBeGreaterThan(5);
    expect(report.forbidden).toEqual([]);
    await page.screenshot({ path: screenshotPath('library-xss-corpus') });
    await library.page.close();
  });
});
