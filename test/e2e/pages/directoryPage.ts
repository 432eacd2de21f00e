import type { Download, Locator, Page } from 'playwright-core';
import type { BrowserApp } from '../support/browserApp';
import { fr, type Key } from '../support/words';

/** A contact as its form's labels name the fields; only what is given is typed. */
export interface ContactFields {
  name?: string;
  organisation?: string;
  role?: string;
  phone?: string;
  phone2?: string;
  email?: string;
  province?: string;
  territory?: string;
}

const CONTACT_LABELS: Record<keyof ContactFields, Key> = {
  name: 'directory.field.name',
  organisation: 'directory.field.organisation',
  role: 'directory.field.role',
  phone: 'directory.field.phone',
  phone2: 'directory.field.phone2',
  email: 'directory.field.email',
  province: 'directory.field.province',
  territory: 'directory.field.territory',
};

/**
 * « Orientation »: the referral guidelines and the types of actors from the pack, and the office's own
 * directory of contacts, with its export and import.
 */
export class DirectoryPage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  /** Opens « Orientation » on its guidelines. */
  async openGuidelines(): Promise<void> {
    await this.page.goto(`${this.app.url}#/orientation`);
    await this.guidelines.first().waitFor();
  }

  get guidelines(): Locator {
    return this.page.locator('.guideline');
  }

  /** Unfolds the first step of the first guideline and returns it. */
  async unfoldFirstStep(): Promise<Locator> {
    const step = this.page.locator('.steps details').first();
    await step.locator('summary').click();
    return step;
  }

  /** The links from a step to an article of the library. */
  libraryLinks(step: Locator): Locator {
    return step.locator('a[href^="#/bibliotheque/"]');
  }

  /** « Types d’acteurs », from the page's own menu. */
  async goToActors(): Promise<void> {
    await this.page.getByRole('link', { name: fr('directory.section.actors') }).click();
    await this.actors.first().waitFor();
  }

  get actors(): Locator {
    return this.page.locator('.actor');
  }

  get roleBadges(): Locator {
    return this.page.locator('.role-badge');
  }

  async actorTypesText(): Promise<string | null> {
    return this.page.locator('.actor-types').textContent();
  }

  /** Opens the office's directory of contacts. */
  async openDirectory(): Promise<void> {
    await this.page.goto(`${this.app.url}#/orientation/repertoire`);
    await this.page.getByRole('heading', { name: fr('directory.title') }).waitFor();
  }

  get emptyNotice(): Locator {
    return this.page.getByText(fr('directory.empty'));
  }

  get addButton(): Locator {
    return this.page.getByRole('button', { name: fr('directory.add') });
  }

  /** « Ajouter un contact »: the form opens. */
  async startContact(): Promise<void> {
    await this.addButton.click();
  }

  field(name: keyof ContactFields): Locator {
    const field = this.page.getByLabel(fr(CONTACT_LABELS[name]), { exact: false });
    // « Nom » is part of other labels too: the person's name is the first field that says it.
    return name === 'name' ? field.first() : field;
  }

  async fillContact(fields: ContactFields): Promise<void> {
    for (const [name, value] of Object.entries(fields) as [keyof ContactFields, string][]) {
      await this.field(name).fill(value);
    }
  }

  /** « Enregistrer », whatever the form holds. */
  async saveContact(): Promise<void> {
    await this.page.getByRole('button', { name: fr('directory.form.save') }).click();
  }

  /** A new contact, typed and saved; waits for its organisation in the table. */
  async addContact(fields: ContactFields & { organisation: string }): Promise<void> {
    await this.startContact();
    await this.fillContact(fields);
    await this.saveContact();
    await this.page.getByRole('cell', { name: fields.organisation }).first().waitFor();
  }

  async cancelContact(): Promise<void> {
    await this.page.getByRole('button', { name: fr('directory.form.cancel') }).click();
  }

  /** A message of the form or the page, by its catalogue key. */
  message(key: Key, params?: Parameters<typeof fr>[1]): Locator {
    return this.page.getByText(fr(key, params));
  }

  /** The name of the form field that has the keyboard focus. */
  async focusedFieldName(): Promise<string | null | undefined> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('name'));
  }

  /** The directory's rows, one per contact. */
  get rows(): Locator {
    return this.page.locator('.contact-table tbody tr');
  }

  async editContact(name: string): Promise<void> {
    await this.page.getByRole('button', { name: fr('directory.table.editLabel', { name }) }).click();
  }

  /** « Supprimer » on a contact, and yes to the question that follows. */
  async deleteContact(name: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByRole('button', { name: fr('directory.table.deleteLabel', { name }) }).click();
  }

  /** « Importer un fichier » and a file chosen in the dialog. */
  async importFile(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: fr('directory.import.button') }).click();
    await (await chooser).setFiles(file);
  }

  /** « Exporter (fichier) »: returns the download. */
  async exportFile(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: fr('directory.export.button') }).click();
    return download;
  }

  async alertText(): Promise<string | null> {
    return this.page.getByRole('alert').textContent();
  }

  async statusText(): Promise<string | null> {
    return this.page.getByRole('status').first().textContent();
  }

  /** Reloads the app: what is shown comes back from storage. */
  async reload(): Promise<void> {
    await this.page.reload();
  }
}
