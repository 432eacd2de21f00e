import type { Locator, Page } from 'playwright-core';
import { formatDate } from '../../../renderer/ui/i18n/formatDate';
import type { BrowserApp } from '../support/browserApp';
import { fr, type Key } from '../support/words';

/** The library in use and its updates, in Paramètres: the pack's version, a .dalili-pack from a stick. */
export class ContentUpdatePage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  /** Opens Paramètres (the pack is verified while the page shows). */
  async open(): Promise<void> {
    await this.page.goto(`${this.app.url}#/parametres`);
  }

  /** Reloads the app, as a restart does. */
  async restart(): Promise<void> {
    await this.page.reload();
  }

  /** « Bibliothèque : version N, à jour au … »: the pack in use, with its date as the page writes it. */
  packInUse(version: number, validAsOf: string): Locator {
    return this.page.getByText(
      fr('content.packVersion', { version, validAsOf: formatDate('fr', validAsOf) }),
    );
  }

  /** « Importer une mise à jour (.dalili-pack)… » and a file chosen in the dialog. */
  async choosePack(name: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: fr('content.update.choose') }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
  }

  /** The preview's title, from one version to the next. */
  preview(from: number, to: number): Locator {
    return this.page.getByText(fr('content.update.previewTitle', { from, to }));
  }

  changedDocuments(count: number): Locator {
    return this.page.getByText(fr('content.update.changed', { count }));
  }

  /** Who vouches for the pack, from its certificate. */
  signedBy(publisher: string, keyId: string): Locator {
    return this.page.getByText(fr('trust.signedBy', { publisher, keyId }));
  }

  /** The certificate's validity and the pack's creation date (yyyy-mm-dd in, as the page writes them). */
  validity(from: string, until: string, created: string): Locator {
    return this.page.getByText(
      fr('trust.validity', {
        from: formatDate('fr', from),
        until: formatDate('fr', until),
        created: formatDate('fr', created),
      }),
    );
  }

  /** « Activer cette version », then waits for the confirmation. */
  async activate(version: number): Promise<void> {
    await this.page.getByRole('button', { name: fr('content.update.activate') }).click();
    await this.page.getByText(fr('content.update.activated', { version })).waitFor();
  }

  /** The line saying the pack in use came from a stick, not with the app. */
  get importedSource(): Locator {
    return this.page.getByText(fr('content.update.sourceImported'));
  }

  /** « Revenir à la bibliothèque livrée avec Dalili ». */
  async revert(): Promise<void> {
    await this.page.getByRole('button', { name: fr('content.update.revert') }).click();
  }

  /** The warning that a newer pack seen before is no longer in use. */
  rolledBack(highest: number, current: number): Locator {
    return this.page.getByText(fr('trust.rolledBack', { highest, current }));
  }

  /** What a refused file says: the refusal and its translated reason. */
  static refusal(reason: Key): string {
    return fr('content.update.refused', { reason: fr(reason) });
  }

  /** The page's alert (a refused pack, a damaged bundled pack). */
  async alertText(): Promise<string | null> {
    return this.page.getByRole('alert').textContent();
  }
}
