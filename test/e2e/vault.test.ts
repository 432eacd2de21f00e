// The case vault as a person uses it, in Chromium with the app's real CSP: create a notebook,
// keep the recovery key, lock, mistype the passphrase, unlock, then recover with the key.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { translate } from '../../renderer/ui/i18n/translate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';

const app = useBrowserApp();
/** The first test's browser profile: the second one reopens the notebook it created. */
let profileContext: BrowserContext | undefined;


const fr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('fr', key, params);
const NAME = 'Bureau test';
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const WRONG = 'mangue pirogue tonnerre Kinshasa';
const NEW_PASSPHRASE = 'lampe-tempête sous la véranda bleue';
const THIRD_PASSPHRASE = 'tambour cassave colline Masisi brume';

async function openCases(page: Page): Promise<void> {
  await page.goto(`${app.url}#/dossiers`);
  await page.getByRole('heading', { name: fr('vault.chooser.heading') }).waitFor();
}

async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: NAME, exact: true }).click();
  await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: fr('vault.unlock.submit'), exact: true }).click();
}

/** Waits for a text; on failure saves a screenshot and says what the page showed instead. */
async function expectText(page: Page, text: string): Promise<void> {
  try {
    await page.getByText(text).waitFor({ timeout: 30_000 });
  } catch {
    await page.screenshot({ path: screenshotPath('vault-failure') });
    throw new Error(`expected "${text}" on screen; the page shows: ${await page.locator('main').innerText()}`);
  }
}

async function expectOpen(page: Page): Promise<void> {
  await expectText(page, fr('vault.open.status', { name: NAME }));
}

describe('case vault', () => {
  it('create → lock → wrong passphrase → unlock → recovery', async () => {
    const page = await app.newPage();
    profileContext = page.context();
    await openCases(page);
    // The profile list is read from IndexedDB after the heading shows: wait for it rather than race it.
    await page.getByText(fr('vault.chooser.empty')).waitFor();

    // Create: a weak passphrase is refused with French feedback before anything is computed.
    await page.getByRole('button', { name: fr('vault.chooser.create') }).click();
    await page.getByLabel(fr('vault.create.nameLabel')).fill(NAME);
    const passphraseField = page.getByLabel(fr('vault.passphrase.label'), { exact: true });
    await passphraseField.fill('motdepasse123');
    await page.getByText(fr('vault.strength.tooWeak')).waitFor();
    await page.getByLabel(fr('vault.create.confirmLabel')).fill('motdepasse123');
    const createButton = page.getByRole('button', { name: fr('vault.create.submit') });
    expect(await createButton.isDisabled()).toBe(true);
    // Two words, even rare ones, are not "très bonne" (zxcvbn alone rates this pair 4 of 4).
    await passphraseField.fill('mangue pirogue');
    await page.getByText(fr('vault.strength.fewWords', { min: 3 })).waitFor();
    await page.getByText(fr('vault.strength.label', { level: fr('vault.strength.3') })).waitFor();
    expect(await page.getByText(fr('vault.strength.label', { level: fr('vault.strength.4') })).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('vault-two-words') });
    await passphraseField.fill(PASSPHRASE);
    await page.getByLabel(fr('vault.create.confirmLabel')).fill(PASSPHRASE);
    await page.getByText(fr('vault.strength.ok')).waitFor();
    await page.getByText(fr('vault.strength.label', { level: fr('vault.strength.4') })).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await createButton.click();

    // The recovery key, shown once, in 8 groups of 4; the notebook opens only after confirmation.
    await page.getByRole('heading', { name: fr('vault.recovery.heading') }).waitFor({ timeout: 60_000 });
    const groups = await page.locator('.vault-recovery-key span').allTextContents();
    expect(groups).toHaveLength(8);
    const recoveryKey = groups.join('-');
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await page.screenshot({ path: screenshotPath('vault-recovery-key') });
    const openButton = page.getByRole('button', { name: fr('vault.recovery.continue') });
    expect(await openButton.isDisabled()).toBe(true);
    await page.getByLabel(fr('vault.recovery.confirm')).check();
    await openButton.click();
    await expectOpen(page);

    // Argon2id ran in the module worker, and the stored databases are named by opaque ids only.
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(resources.some((name) => /kdfWorker/.test(name))).toBe(true);
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(databases.filter((n) => n.startsWith('dalili-vault-')).every((n) => /^dalili-vault-[0-9a-f]{32}$/.test(n))).toBe(true);

    // Lock with the shortcut: the notebook disappears from the screen.
    await page.keyboard.press('Control+Shift+L');
    await page.getByText(fr('vault.lock.reason.user')).waitFor();
    expect(await page.getByText(fr('vault.open.status', { name: NAME })).count()).toBe(0);

    // A wrong passphrase: a clear message, then a delay before the next attempt.
    await unlockWith(page, WRONG);
    await expectText(page, fr('vault.error.wrong-passphrase'));
    await page.getByText(fr('vault.unlock.retryIn', { seconds: 1 })).waitFor();
    // The focus is back in the passphrase field, ready for the next try.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('vault-unlock-passphrase');
    const submit = page.getByRole('button', { name: fr('vault.unlock.submit'), exact: true });
    expect(await submit.isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('vault-wrong-passphrase') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await expect.poll(() => submit.isDisabled(), { timeout: 5000 }).toBe(false);
    await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(PASSPHRASE);
    await submit.click();
    await expectOpen(page);

    // Lock with the button, then recover with the key typed sloppily, and choose a new passphrase.
    await page.getByRole('button', { name: fr('vault.lock.button') }).click();
    await page.getByRole('button', { name: NAME, exact: true }).click();
    await page.getByRole('button', { name: fr('vault.unlock.forgot') }).click();
    // A key with a typo: refused, and the focus goes back to the key field.
    const keyField = page.getByLabel(fr('vault.recoveryUnlock.keyLabel'));
    await keyField.fill(recoveryKey.slice(0, -4));
    const checkKey = page.getByRole('button', { name: fr('vault.recoveryUnlock.submit') });
    await checkKey.click();
    await page.getByText(fr('vault.error.recovery-key-malformed')).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('vault-recovery-key');
    await keyField.fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await expect.poll(() => checkKey.isDisabled(), { timeout: 10_000 }).toBe(false);
    await checkKey.click();
    await page.getByRole('heading', { name: fr('vault.newPassphrase.heading') }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(fr('vault.open.status', { name: NAME })).count()).toBe(0);
    await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel(fr('vault.create.confirmLabel')).fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: fr('vault.newPassphrase.submit') }).click();
    await expectOpen(page);

    // After a reload nothing is open; the old passphrase fails and the new one works.
    await page.reload();
    await page.getByRole('heading', { name: fr('vault.chooser.heading') }).waitFor();
    await unlockWith(page, PASSPHRASE);
    await expectText(page, fr('vault.error.wrong-passphrase'));
    await page.reload();
    await page.getByRole('heading', { name: fr('vault.chooser.heading') }).waitFor();
    await unlockWith(page, NEW_PASSPHRASE);
    await expectOpen(page);
    await page.close();
  });

  it('changes the passphrase from Settings, and the banner button locks from any page', async () => {
    expect(profileContext, 'runs after the creation test').toBeDefined();
    const page = await app.newPage({ context: profileContext! });
    await openCases(page);
    await unlockWith(page, NEW_PASSPHRASE);
    await expectOpen(page);

    await page.getByRole('link', { name: fr('shell.nav.settings') }).click();
    await page.getByLabel(fr('vault.change.currentLabel')).fill(WRONG);
    await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(THIRD_PASSPHRASE);
    await page.getByLabel(fr('vault.create.confirmLabel')).fill(THIRD_PASSPHRASE);
    const change = page.getByRole('button', { name: fr('vault.change.submit') });
    await expect.poll(() => change.isDisabled(), { timeout: 10_000 }).toBe(false);
    await change.click();
    await expectText(page, fr('vault.error.wrong-passphrase'));
    await expect.poll(() => change.isDisabled(), { timeout: 10_000 }).toBe(false);
    await page.getByLabel(fr('vault.change.currentLabel')).fill(NEW_PASSPHRASE);
    await change.click();
    await page.getByText(fr('vault.change.done')).waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: fr('shell.nav.library') }).click();
    await page.getByRole('banner').getByRole('button', { name: fr('vault.lock.button') }).click();
    expect(await page.getByRole('banner').getByRole('button', { name: fr('vault.lock.button') }).count()).toBe(0);
    await openCases(page);
    await unlockWith(page, NEW_PASSPHRASE);
    await expectText(page, fr('vault.error.wrong-passphrase'));
    await page.reload();
    await page.getByRole('heading', { name: fr('vault.chooser.heading') }).waitFor();
    await unlockWith(page, THIRD_PASSPHRASE);
    await expectOpen(page);

    // A personal note on an article lives in the notebook: encrypted at rest, gone from screen at lock.
    const note = 'Rapprocher du dossier de la carrière de Kalimbi, témoin K.M.';
    await page.goto(`${app.url}#/bibliotheque/loi-09-001/art-53`);
    const article = page.locator('article.is-target .article-notes');
    await article.locator('summary').click();
    await article.getByLabel(translate('fr', 'library.notes.label')).fill(note);
    await article.getByRole('button', { name: translate('fr', 'library.notes.save') }).click();
    await article.getByText(note).waitFor();
    const stored = await page.evaluate(async () => {
      const dump: string[] = [];
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(info.name!);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error('indexeddb-open-failed'));
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const values = await new Promise<unknown[]>((resolve) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
          });
          for (const value of values) {
            dump.push(JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array || v instanceof ArrayBuffer ? Array.from(new Uint8Array(v as ArrayBuffer)) : v)));
          }
        }
        db.close();
      }
      return dump.join('\n');
    });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).not.toContain('Kalimbi');
    expect(stored).not.toContain(JSON.stringify(Array.from(new TextEncoder().encode('Kalimbi'))).slice(1, -1));
    // Hostile notes are shown as typed, as text: none of the XSS corpus runs or becomes markup.
    page.on('dialog', (dialog) => {
      app.problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const payloads = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/xss/payloads.json'), 'utf8')) as { payload: string }[];
    const hostile = payloads.map((p) => p.payload).join('\n');
    await article.getByLabel(translate('fr', 'library.notes.label')).fill(hostile);
    await article.getByRole('button', { name: translate('fr', 'library.notes.save') }).click();
    await expect.poll(() => article.locator('.note-text').count()).toBe(2);
    const shown = await article.locator('.note-text').evaluateAll((nodes) => nodes.map((n) => ({ text: n.textContent, children: n.children.length })));
    expect(shown.find((n) => n.text === hostile)).toEqual({ text: hostile, children: 0 });
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.getByText(note).count()).toBe(0);
    expect(await article.getByText(translate('fr', 'library.notes.locked')).count()).toBe(1);
    await page.close();
  });
});
