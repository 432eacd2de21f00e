import type { Locator, Page } from 'playwright-core';
import { libraryHref } from '../../../renderer/core/library/outline';
import type { BrowserApp } from '../support/browserApp';
import { fr } from '../support/words';

/** The library and its reader: open a document or an article, switch text language, copy, print, bookmark. */
export class LibraryPage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  /** Opens an address and waits for its heading. */
  async openAddress(hash: string): Promise<void> {
    await this.page.goto(`${this.app.url}${hash}`);
    await this.page.locator('h1').first().waitFor();
    // The list shows from the pack's head; a reader waits for the rest, read after the first page is drawn.
    await this.page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 15_000 });
  }

  /** « Bibliothèque »: the list of documents. */
  async open(): Promise<void> {
    await this.openAddress('#/bibliotheque');
  }

  /** A document, or one of its articles, in the reader. */
  async openDocument(docId: string, entryId?: string): Promise<void> {
    await this.openAddress(libraryHref(docId, entryId));
  }

  /** A document in the list, by its link. */
  documentLink(docId: string): Locator {
    return this.page.locator(`a[href="${libraryHref(docId)}"]`);
  }

  get contents(): Locator {
    return this.page.getByRole('navigation', { name: fr('library.reader.toc') });
  }

  contentsLink(docId: string, entryId: string): Locator {
    return this.contents.locator(`a[href="${libraryHref(docId, entryId)}"]`);
  }

  /** An article of the open document, by its entry id. */
  article(entryId: string): Locator {
    return this.page.locator(`#${LibraryPage.domId(entryId)}`);
  }

  static domId(entryId: string): string {
    return `entry-${entryId.replace('/', '--')}`;
  }

  /** The article the reader focused (what a screen reader announces), as its element id. */
  async focusedArticle(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.closest('article')?.id ?? '');
  }

  /** Whether an article's top is inside the window. */
  async inView(entryId: string): Promise<boolean> {
    return this.article(entryId).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
  }

  async copyCitation(entryId: string): Promise<void> {
    await this.article(entryId)
      .getByRole('button', { name: fr('library.action.copyCitation') })
      .click();
  }

  async copyArticle(entryId: string): Promise<void> {
    await this.article(entryId)
      .getByRole('button', { name: fr('library.action.copyArticle') })
      .click();
  }

  /** Switches the text's language with the reader's choice (its names are in the interface language). */
  async chooseTextLanguage(name: string): Promise<void> {
    await this.page.getByRole('radio', { name }).check();
  }

  /** Replaces window.print so a test sees the print was asked for (printed()). */
  async catchPrint(): Promise<void> {
    await this.page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = 1);
    });
  }

  async printed(): Promise<number | undefined> {
    return this.page.evaluate(() => (window as unknown as { printed?: number }).printed);
  }

  /** « Imprimer » on an article: the print view opens. */
  async print(entryId: string): Promise<void> {
    await this.article(entryId)
      .getByRole('button', { name: fr('library.action.print') })
      .click();
  }

  get printSheet(): Locator {
    return this.page.locator('.print-sheet');
  }

  async bookmark(entryId: string): Promise<void> {
    await this.article(entryId)
      .getByRole('button', { name: fr('library.bookmark.add') })
      .click();
    await this.article(entryId)
      .getByRole('button', { name: fr('library.bookmark.remove') })
      .waitFor();
  }

  get bookmarks(): Locator {
    return this.page.locator('.bookmark-list a');
  }

  /** « Exporter les signets »: returns the download. */
  async exportBookmarks() {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: fr('library.bookmarks.export') }).click();
    return download;
  }

  /** « Importer des signets » with a file from disk or bytes. */
  async importBookmarks(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: fr('library.bookmarks.import') }).click();
    await (await chooser).setFiles(file);
  }

  /** The personal notes on an article (kept in the notebook). */
  notesOf(entryId: string): Locator {
    return this.article(entryId).locator('.article-notes');
  }

  async writeNote(entryId: string, text: string): Promise<void> {
    const notes = this.notesOf(entryId);
    if ((await notes.getAttribute('open')) === null) await notes.locator('summary').click();
    await notes.getByLabel(fr('library.notes.label')).fill(text);
    await notes.getByRole('button', { name: fr('library.notes.save') }).click();
  }
}
