import type { Locator, Page } from 'playwright-core';
import type { BrowserApp } from '../support/browserApp';
import { fr } from '../support/words';

/** « Recherche »: type a query, read the results grouped by kind, filter, open one. */
export class SearchPage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  /** Opens the search page, with a query already asked when given. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.app.url}#/recherche${query ? `?q=${encodeURIComponent(query)}` : ''}`);
    await this.input.waitFor();
  }

  get input(): Locator {
    return this.page.locator('#search-page-input');
  }

  /** Types a query as a person does, key by key. */
  async type(query: string): Promise<void> {
    await this.input.click();
    await this.page.keyboard.type(query);
  }

  /** Replaces the query at once (a paste). */
  async ask(query: string): Promise<void> {
    await this.input.fill(query);
  }

  /** What the page says it searched for. */
  get echo(): Locator {
    return this.page.locator('.search-echo');
  }

  get resultList(): Locator {
    return this.page.locator('#search-results');
  }

  get results(): Locator {
    return this.resultList.getByRole('option');
  }

  get firstResult(): Locator {
    return this.results.first();
  }

  /** The kind blocks (Dispositions légales, Indicateurs, Étapes d’orientation). */
  get groups(): Locator {
    return this.page.locator('.search-kind');
  }

  group(title: string): Locator {
    return this.groups.filter({ hasText: title });
  }

  async groupTitles(): Promise<string[]> {
    return this.groups.locator('.search-kind-title').allTextContents();
  }

  /** The results of one kind's block (law, indicators, steps). */
  resultsOfKind(kind: string): Locator {
    return this.page.locator(`#search-results-${kind}`).getByRole('option');
  }

  /** « Voir tout » in a block. */
  async seeAll(title: string): Promise<void> {
    await this.group(title)
      .getByRole('button', { name: /Voir tout/ })
      .click();
  }

  filter(name: 'kind' | 'jurisdiction' | 'language'): Locator {
    return this.page.locator(`select[data-filter="${name}"]`);
  }

  /** The option the keyboard is on (aria-activedescendant of the focused field). */
  async activeOptionId(): Promise<string | null> {
    return this.input.getAttribute('aria-activedescendant');
  }

  async activeOptionText(): Promise<string> {
    return this.page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement | null;
      const id = input?.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.textContent ?? '') : '';
    });
  }

  /** The banner's suggestions while typing in the search box. */
  get suggestionList(): Locator {
    return this.page.locator('#global-suggestions');
  }

  get suggestions(): Locator {
    return this.suggestionList.getByRole('option');
  }

  /** Opens the library and types in the banner's search box (Ctrl+K), as from any page. */
  async typeInBanner(query: string): Promise<void> {
    await this.page.goto(`${this.app.url}#/bibliotheque`);
    await this.page.getByRole('navigation').first().waitFor();
    await this.page.keyboard.press('Control+k');
    await this.page.keyboard.type(query);
  }

  /** The notice that the query was cut to its maximum length. */
  cutNotice(max: number): Locator {
    return this.page.getByText(fr('search.cut', { max }));
  }
}
