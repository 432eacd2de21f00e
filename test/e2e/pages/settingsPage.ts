import type { Locator, Page } from 'playwright-core';
import type { BrowserApp } from '../support/browserApp';
import { screenshotPath } from '../support/browserApp';
import { fr } from '../support/words';

export interface OfficeDetails {
  service?: string;
  phone?: string;
  email?: string;
}

/** « Paramètres »: interface language, the office's details, backups and transfers, content updates. */
export class SettingsPage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  /** Opens Paramètres and waits for its backup part (the last to show). */
  async open(): Promise<void> {
    await this.page.goto(`${this.app.url}#/parametres`);
    await this.page.getByRole('heading', { name: fr('backup.title') }).waitFor();
  }

  /** Opens Paramètres without waiting for any part (first start, language checks). */
  async goTo(): Promise<void> {
    await this.page.goto(`${this.app.url}#/parametres`);
  }

  get languageChoice(): Locator {
    return this.page.locator('#settings-language');
  }

  async chooseLanguage(language: string): Promise<void> {
    await this.languageChoice.selectOption(language);
  }

  get officeHeading(): Locator {
    return this.page.getByRole('heading', { name: fr('office.title') });
  }

  /** « Coordonnées du bureau »: types what is given and saves. */
  async saveOffice(details: OfficeDetails): Promise<void> {
    if (details.service !== undefined)
      await this.page.getByLabel(fr('office.field.service')).fill(details.service);
    if (details.phone !== undefined) await this.page.getByLabel(fr('office.field.phone')).fill(details.phone);
    if (details.email !== undefined) await this.page.getByLabel(fr('office.field.email')).fill(details.email);
    await this.page.getByRole('button', { name: fr('office.save') }).click();
  }

  /** « Enregistrer une sauvegarde »: returns the download. */
  async exportBackup() {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: fr('backup.export.button') }).click();
    return download;
  }

  /** Clicks a button that opens the file dialog, and chooses a file there. */
  async chooseFile(
    button: string,
    file: string | { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: button }).click();
    await (await chooser).setFiles(file);
  }

  /** « Restaurer une sauvegarde »: the file, then the new notebook's name (not yet confirmed). */
  async chooseRestore(file: string, name?: string): Promise<void> {
    await this.chooseFile(fr('backup.restore.choose'), file);
    if (name !== undefined) await this.page.getByLabel(fr('backup.restore.nameLabel')).fill(name);
  }

  async confirmRestore(): Promise<void> {
    await this.page.getByRole('button', { name: fr('backup.restore.confirm') }).click();
  }

  async chooseMerge(file: string): Promise<void> {
    await this.chooseFile(fr('backup.merge.choose'), file);
  }

  /** The cases offered for a transfer, one label each. */
  get transferCases(): Locator {
    return this.page.locator('.backup-cases label');
  }

  /** « Mise à jour de la bibliothèque »: a .dalili-pack from a stick. */
  async importContentPack(name: string, buffer: Buffer): Promise<void> {
    await this.chooseFile(fr('content.update.choose'), {
      name,
      mimeType: 'application/octet-stream',
      buffer,
    });
  }

  /** Where the data lives, as « Données » says it: a folder (Electron) or this browser's storage. */
  dataFolder(folder: string): Locator {
    return this.page.getByText(fr('pages.settings.dataFolder', { path: folder }));
  }

  get dataInBrowser(): Locator {
    return this.page.getByText(fr('pages.settings.dataBrowser'));
  }

  appVersion(version: string): Locator {
    return this.page.getByText(fr('pages.settings.version', { version }));
  }

  /** The settings page scrolls inside main: brings a part into view, then takes the window. */
  async shot(name: string, heading: string): Promise<void> {
    await this.page.getByRole('heading', { name: heading }).scrollIntoViewIfNeeded();
    await this.page.screenshot({ path: screenshotPath(name) });
  }
}
