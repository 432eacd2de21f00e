// The case vault as a person uses it, in Chromium with the app's real CSP: create a notebook,
// keep the recovery key, lock, mistype the passphrase, unlock, then recover with the key.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LibraryPage } from './pages/libraryPage';
import { ShellPage } from './pages/shellPage';
import { VaultPage } from './pages/vaultPage';
import { REPO_ROOT, screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { storedData } from './support/storedData';
import { fr } from './support/words';

const app = useBrowserApp();
/** The first test's browser profile: the second one reopens the notebook it created. */
let profileContext: BrowserContext | undefined;

const NAME = 'Bureau test';
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const WRONG = 'mangue pirogue tonnerre Kinshasa';
const NEW_PASSPHRASE = 'lampe-tempête sous la véranda bleue';
const THIRD_PASSPHRASE = 'tambour cassave colline Masisi brume';
const notebook = (passphrase: string) => ({ name: NAME, passphrase });

describe('case vault', () => {
  it('create → lock → wrong passphrase → unlock → recovery', async () => {
    const page = await app.newPage();
    profileContext = page.context();
    const vault = new VaultPage(page, app);
    const shell = new ShellPage(page, app);
    await vault.open();
    // The profile list is read from IndexedDB after the heading shows: wait for it rather than race it.
    await page.getByText(fr('vault.chooser.empty')).waitFor();

    // Create: a weak passphrase is refused with French feedback before anything is computed.
    await vault.startCreating(NAME);
    await vault.passphraseField.fill('motdepasse123');
    await page.getByText(fr('vault.strength.tooWeak')).waitFor();
    await vault.confirmField.fill('motdepasse123');
    expect(await vault.createButton.isDisabled()).toBe(true);
    // Two words, even rare ones, are not "très bonne" (zxcvbn alone rates this pair 4 of 4).
    await vault.passphraseField.fill('mangue pirogue');
    await page.getByText(fr('vault.strength.fewWords', { min: 3 })).waitFor();
    await vault.strength(3).waitFor();
    expect(await vault.strength(4).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('vault-two-words') });
    await vault.choosePassphrase(PASSPHRASE);
    await page.getByText(fr('vault.strength.ok')).waitFor();
    await vault.strength(4).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await vault.createButton.click();

    // The recovery key, shown once, in 8 groups of 4; the notebook opens only after confirmation.
    const groups = await vault.recoveryKeyGroups();
    expect(groups).toHaveLength(8);
    const recoveryKey = groups.join('-');
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await page.screenshot({ path: screenshotPath('vault-recovery-key') });
    expect(await vault.keepKeyButton.isDisabled()).toBe(true);
    await vault.confirmRecoveryKeyKept();
    await vault.expectOpen(NAME);

    // Argon2id ran in the module worker, and the stored databases are named by opaque ids only.
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(resources.some((name) => /kdfWorker/.test(name))).toBe(true);
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(
      databases
        .filter((n) => n.startsWith('dalili-vault-'))
        .every((n) => /^dalili-vault-[0-9a-f]{32}$/.test(n)),
    ).toBe(true);

    // Lock with the shortcut: the notebook disappears from the screen.
    await shell.lockWithShortcut();
    await page.getByText(fr('vault.lock.reason.user')).waitFor();
    expect(await vault.openStatus(NAME).count()).toBe(0);

    // A wrong passphrase: a clear message, then a delay before the next attempt.
    await vault.unlock(notebook(WRONG));
    await vault.expectText(fr('vault.error.wrong-passphrase'));
    await page.getByText(fr('vault.unlock.retryIn', { seconds: 1 })).waitFor();
    // The focus is back in the passphrase field, ready for the next try.
    await expect.poll(() => shell.focusedId()).toBe('vault-unlock-passphrase');
    expect(await vault.unlockButton.isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('vault-wrong-passphrase') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await expect.poll(() => vault.unlockButton.isDisabled(), { timeout: 5000 }).toBe(false);
    await vault.passphraseField.fill(PASSPHRASE);
    await vault.unlockButton.click();
    await vault.expectOpen(NAME);

    // Lock with the button, then recover with the key typed sloppily, and choose a new passphrase.
    await shell.lock();
    await vault.startRecovery(NAME);
    // A key with a typo: refused, and the focus goes back to the key field.
    await vault.recoveryKeyField.fill(recoveryKey.slice(0, -4));
    await vault.checkKeyButton.click();
    await page.getByText(fr('vault.error.recovery-key-malformed')).waitFor();
    await expect.poll(() => shell.focusedId()).toBe('vault-recovery-key');
    await vault.recoveryKeyField.fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await expect.poll(() => vault.checkKeyButton.isDisabled(), { timeout: 10_000 }).toBe(false);
    await vault.checkKeyButton.click();
    await page.getByRole('heading', { name: fr('vault.newPassphrase.heading') }).waitFor({ timeout: 30_000 });
    expect(await vault.openStatus(NAME).count()).toBe(0);
    await vault.chooseNewPassphrase(NEW_PASSPHRASE);
    await vault.expectOpen(NAME);

    // After a reload nothing is open; the old passphrase fails and the new one works.
    await vault.reload();
    await vault.unlock(notebook(PASSPHRASE));
    await vault.expectText(fr('vault.error.wrong-passphrase'));
    await vault.reload();
    await vault.unlock(notebook(NEW_PASSPHRASE));
    await vault.expectOpen(NAME);
    await page.close();
  });

  it('changes the passphrase from Settings, and the banner button locks from any page', async () => {
    expect(profileContext, 'runs after the creation test').toBeDefined();
    const page = await app.newPage({ context: profileContext! });
    const vault = new VaultPage(page, app);
    const shell = new ShellPage(page, app);
    const library = new LibraryPage(page, app);
    await vault.open();
    await vault.unlock(notebook(NEW_PASSPHRASE));
    await vault.expectOpen(NAME);

    await shell.goTo(fr('shell.nav.settings'));
    await vault.fillPassphraseChange(WRONG, THIRD_PASSPHRASE);
    await expect.poll(() => vault.changeButton.isDisabled(), { timeout: 10_000 }).toBe(false);
    await vault.changeButton.click();
    await vault.expectText(fr('vault.error.wrong-passphrase'));
    await expect.poll(() => vault.changeButton.isDisabled(), { timeout: 10_000 }).toBe(false);
    await page.getByLabel(fr('vault.change.currentLabel')).fill(NEW_PASSPHRASE);
    await vault.changeButton.click();
    await page.getByText(fr('vault.change.done')).waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await shell.goTo(fr('shell.nav.library'));
    await shell.lock();
    expect(await shell.lockButton.count()).toBe(0);
    await vault.open();
    await vault.unlock(notebook(NEW_PASSPHRASE));
    await vault.expectText(fr('vault.error.wrong-passphrase'));
    await vault.reload();
    await vault.unlock(notebook(THIRD_PASSPHRASE));
    await vault.expectOpen(NAME);

    // A personal note on an article lives in the notebook: encrypted at rest, gone from screen at lock.
    const note = 'Rapprocher du dossier de la carrière de Kalimbi, témoin K.M.';
    const entry = 'loi-09-001/art-53';
    await page.goto(`${app.url}#/bibliotheque/${entry}`);
    const notes = library.notesOf(entry);
    await library.writeNote(entry, note);
    await notes.getByText(note).waitFor();
    const stored = await storedData(page);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).not.toContain('Kalimbi');
    expect(stored).not.toContain(
      JSON.stringify(Array.from(new TextEncoder().encode('Kalimbi'))).slice(1, -1),
    );
    // Hostile notes are shown as typed, as text: none of the XSS corpus runs or becomes markup.
    page.on('dialog', (dialog) => {
      app.problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const payloads = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'test/fixtures/xss/payloads.json'), 'utf8'),
    ) as { payload: string }[];
    const hostile = payloads.map((p) => p.payload).join('\n');
    await library.writeNote(entry, hostile);
    await expect.poll(() => notes.locator('.note-text').count()).toBe(2);
    const shown = await notes
      .locator('.note-text')
      .evaluateAll((nodes) => nodes.map((n) => ({ text: n.textContent, children: n.children.length })));
    expect(shown.find((n) => n.text === hostile)).toEqual({ text: hostile, children: 0 });
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

    await shell.lockWithShortcut();
    await expect.poll(() => page.getByText(note).count()).toBe(0);
    expect(await notes.getByText(fr('library.notes.locked')).count()).toBe(1);
    await page.close();
  });
});
