import type { Locator, Page } from 'playwright-core';
import { LANGUAGES, type Language } from '../../../renderer/ui/i18n/languages';
import { translate } from '../../../renderer/ui/i18n/translate';
import type { BrowserApp } from '../support/browserApp';
import { fr } from '../support/words';

/** The frame around every page, as a person uses it: the menu, the banner's language, search box and lock. */
export class ShellPage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  /** Opens the app at an address (`#/dossiers`…) and waits for the menu. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`${this.app.url}${hash}`);
    await this.page.getByRole('navigation').first().waitFor();
  }

  /** Opens an address and waits for its main heading. */
  async openPage(hash: string): Promise<void> {
    await this.page.goto(`${this.app.url}${hash}`);
    await this.heading.waitFor();
  }

  /** Goes to an address inside the running app, as a link would (no reload). */
  async follow(hash: string): Promise<void> {
    await this.page.evaluate((h) => (window.location.hash = h), hash);
  }

  get menu(): Locator {
    return this.page.getByRole('navigation').first();
  }

  menuLink(label: string): Locator {
    return this.menu.getByRole('link', { name: label, exact: true });
  }

  /** Clicks a section in the menu, by the words it shows. */
  async goTo(label: string): Promise<void> {
    await this.menuLink(label).click();
  }

  get heading(): Locator {
    return this.page.locator('main h1, h1').first();
  }

  async headingText(): Promise<string | null> {
    return this.heading.textContent();
  }

  get banner(): Locator {
    return this.page.getByRole('banner');
  }

  /** The banner's language list, whatever language the interface shows. */
  get languageChoice(): Locator {
    const names = new RegExp(`^(${LANGUAGES.map((l) => translate(l, 'shell.language')).join('|')})$`);
    return this.banner.getByRole('combobox', { name: names });
  }

  async chooseLanguage(language: Language): Promise<void> {
    await this.languageChoice.selectOption(language);
  }

  async documentLanguage(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** The line at the foot of every page (the portable mode's reminder among others). */
  async footerText(): Promise<string | null> {
    return this.page.locator('footer').textContent();
  }

  get searchBox(): Locator {
    return this.page.getByRole('search').getByRole('combobox', { name: fr('shell.searchLabel') });
  }

  /** The banner's lock button (shown while a notebook is open). */
  get lockButton(): Locator {
    return this.banner.getByRole('button', { name: fr('vault.lock.button') });
  }

  async lock(): Promise<void> {
    await this.lockButton.click();
  }

  /** Locks with the keyboard shortcut, as a person leaving the desk does. */
  async lockWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+L');
  }

  async hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  async focusedId(): Promise<string | undefined> {
    return this.page.evaluate(() => document.activeElement?.id);
  }

  /** How many CSS pixels the page scrolls sideways (0 or less: none). */
  async sidewaysOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }
}
