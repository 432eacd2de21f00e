import type { Locator, Page } from 'playwright-core';
import type { BrowserApp } from '../support/browserApp';
import { screenshotPath } from '../support/browserApp';
import { fr } from '../support/words';

export interface NotebookSetup {
  name: string;
  passphrase: string;
}

/** The case notebook's lock screens: create, keep the recovery key, unlock, recover, change the passphrase. */
export class VaultPage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  /** Opens « Dossiers » on the list of notebooks. */
  async open(): Promise<void> {
    await this.page.goto(`${this.app.url}#/dossiers`);
    await this.chooserHeading.waitFor();
  }

  get chooserHeading(): Locator {
    return this.page.getByRole('heading', { name: fr('vault.chooser.heading') });
  }

  /** Reloads the app: nothing stays open. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.chooserHeading.waitFor();
  }

  get passphraseField(): Locator {
    return this.page.getByLabel(fr('vault.passphrase.label'), { exact: true });
  }

  get confirmField(): Locator {
    return this.page.getByLabel(fr('vault.create.confirmLabel'));
  }

  get createButton(): Locator {
    return this.page.getByRole('button', { name: fr('vault.create.submit') });
  }

  /** Starts a new notebook: its name, then the passphrase form. */
  async startCreating(name: string): Promise<void> {
    await this.page.getByRole('button', { name: fr('vault.chooser.create') }).click();
    await this.page.getByLabel(fr('vault.create.nameLabel')).fill(name);
  }

  async choosePassphrase(passphrase: string, confirmation = passphrase): Promise<void> {
    await this.passphraseField.fill(passphrase);
    await this.confirmField.fill(confirmation);
  }

  /** The strength meter's verdict, as the person reads it. */
  strength(level: 0 | 1 | 2 | 3 | 4): Locator {
    return this.page.getByText(fr('vault.strength.label', { level: fr(`vault.strength.${level}`) }));
  }

  get recoveryHeading(): Locator {
    return this.page.getByRole('heading', { name: fr('vault.recovery.heading') });
  }

  /** The recovery key shown once, as its groups of four characters. */
  async recoveryKeyGroups(): Promise<string[]> {
    await this.recoveryHeading.waitFor({ timeout: 60_000 });
    return this.page.locator('.vault-recovery-key span').allTextContents();
  }

  get keepKeyButton(): Locator {
    return this.page.getByRole('button', { name: fr('vault.recovery.continue') });
  }

  /** Ticks « I kept the key » and opens the notebook. */
  async confirmRecoveryKeyKept(): Promise<void> {
    await this.page.getByLabel(fr('vault.recovery.confirm')).check({ timeout: 60_000 });
    await this.keepKeyButton.click();
  }

  /**
   * The whole set-up a person does before any case work: « Créer un carnet », name, a good passphrase
   * twice, the recovery key kept; ends on the open, empty notebook.
   */
  async createNotebook({ name, passphrase }: NotebookSetup): Promise<void> {
    await this.page.goto(`${this.app.url}#/dossiers`);
    await this.startCreating(name);
    await this.choosePassphrase(passphrase);
    await this.page.getByText(fr('vault.strength.ok')).waitFor();
    await this.createButton.click();
    await this.confirmRecoveryKeyKept();
    await this.page.getByRole('button', { name: fr('cases.list.new') }).waitFor({ timeout: 30_000 });
  }

  notebook(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get unlockButton(): Locator {
    return this.page.getByRole('button', { name: fr('vault.unlock.submit'), exact: true });
  }

  /** Chooses a notebook in the list and types its passphrase (right or wrong). */
  async unlock({ name, passphrase }: NotebookSetup): Promise<void> {
    await this.notebook(name).click();
    await this.passphraseField.fill(passphrase);
    await this.unlockButton.click();
  }

  /** Waits until the notebook says it is open. */
  async expectOpen(name: string): Promise<void> {
    await this.expectText(fr('vault.open.status', { name }));
  }

  openStatus(name: string): Locator {
    return this.page.getByText(fr('vault.open.status', { name }));
  }

  /** From the unlock screen: « Passphrase oubliée ? » then the recovery key field. */
  async startRecovery(name: string): Promise<void> {
    await this.notebook(name).click();
    await this.page.getByRole('button', { name: fr('vault.unlock.forgot') }).click();
  }

  get recoveryKeyField(): Locator {
    return this.page.getByLabel(fr('vault.recoveryUnlock.keyLabel'));
  }

  get checkKeyButton(): Locator {
    return this.page.getByRole('button', { name: fr('vault.recoveryUnlock.submit') });
  }

  /** After a recovery key was accepted: a new passphrase, twice. */
  async chooseNewPassphrase(passphrase: string): Promise<void> {
    await this.page
      .getByRole('heading', { name: fr('vault.newPassphrase.heading') })
      .waitFor({ timeout: 30_000 });
    await this.choosePassphrase(passphrase);
    await this.page.getByRole('button', { name: fr('vault.newPassphrase.submit') }).click();
  }

  /** Paramètres → change the passphrase: the current one, then the new one twice. */
  async fillPassphraseChange(current: string, next: string): Promise<void> {
    await this.page.getByLabel(fr('vault.change.currentLabel')).fill(current);
    await this.choosePassphrase(next);
  }

  get changeButton(): Locator {
    return this.page.getByRole('button', { name: fr('vault.change.submit') });
  }

  /** Waits for a text; on failure saves a screenshot and says what the page showed instead. */
  async expectText(text: string, shot = 'vault-failure'): Promise<void> {
    try {
      await this.page.getByText(text).first().waitFor({ timeout: 60_000 });
    } catch {
      await this.page.screenshot({ path: screenshotPath(shot) });
      throw new Error(
        `expected "${text}" on screen; the page shows: ${await this.page.locator('main').innerText()}`,
      );
    }
  }
}
