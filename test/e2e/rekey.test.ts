// Issue 18, point 5, in Chromium: "Nouvelle clé de secours" and "Rechiffrer le carnet" as a person
// does them from Paramètres. Each shows a new key once; afterwards the first recovery key (and the
// one replaced by the re-encryption) no longer opens the notebook, the last one does, the cases are
// all there, and the screen after a recovery-key unlock points back to these actions.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CasesPage } from './pages/casesPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

const app = useBrowserApp();

const NAME = 'Bureau Masisi';
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const NEXT_PASSPHRASE = 'colline brouillard tambour 1987';
const YEAR = new Date().getFullYear();
const NUMBER = `MAS-${YEAR}-0001`;

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name) });
}

const shownKey = (page: Page) =>
  page.locator('.vault-rekey-shown .vault-recovery-key span').allTextContents();

async function keepShownKey(page: Page): Promise<string> {
  await page.getByRole('heading', { name: fr('vault.rekey.shown.heading') }).waitFor({ timeout: 120_000 });
  const key = (await shownKey(page)).join('-');
  expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  return key;
}

async function finishShownKey(page: Page): Promise<void> {
  await page.locator('.vault-rekey-shown').getByLabel(fr('vault.recovery.confirm')).check();
  await page.getByRole('button', { name: fr('vault.rekey.shown.done') }).click();
}

describe('re-keying a notebook', () => {
  it('a new recovery key, then a re-encryption: old keys refused, the last one opens every case', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const vault = new VaultPage(page, app);
    const cases = new CasesPage(page, app);

    await page.goto(`${app.url}#/dossiers`);
    await vault.startCreating(NAME);
    await vault.choosePassphrase(PASSPHRASE);
    await page.getByText(fr('vault.strength.ok')).waitFor();
    await vault.createButton.click();
    const firstKey = (await vault.recoveryKeyGroups()).join('-');
    await vault.confirmRecoveryKeyKept();
    await cases.createCase(
      {
        prefix: 'mas',
        openedOn: `${YEAR}-01-05`,
        province: 'Nord-Kivu',
        territory: 'Masisi',
        summary: 'Creuseurs mineurs signalés à Rubaya.',
      },
      NUMBER,
    );

    // Paramètres → « Clé de secours et chiffrement du carnet ».
    await page.goto(`${app.url}#/parametres/cles`);
    const panel = page.locator('.vault-rekey');
    await panel.getByRole('heading', { name: fr('vault.rekey.heading') }).waitFor();
    await panel.getByText(fr('vault.rekey.backups')).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'rekey-panel');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A wrong passphrase changes nothing and says so.
    await page.locator('#vault-rekey-recovery-passphrase').fill(NEXT_PASSPHRASE);
    await panel.getByRole('button', { name: fr('vault.rekey.recovery.submit') }).click();
    await panel.getByText(fr('vault.error.wrong-passphrase')).waitFor({ timeout: 60_000 });
    await page.locator('#vault-rekey-recovery-passphrase').fill(PASSPHRASE);
    await panel.getByRole('button', { name: fr('vault.rekey.recovery.submit') }).click();
    const secondKey = await keepShownKey(page);
    expect(secondKey).not.toBe(firstKey);
    await page.getByText(fr('vault.rekey.shown.recoveryDone')).waitFor();
    await shot(page, 'rekey-new-recovery-key');
    await finishShownKey(page);

    // « Rechiffrer le carnet »: progress, then the new key shown once.
    await page.locator('#vault-rekey-reencrypt-passphrase').fill(PASSPHRASE);
    await panel.getByRole('button', { name: fr('vault.rekey.reencrypt.submit') }).click();
    const thirdKey = await keepShownKey(page);
    expect(new Set([firstKey, secondKey, thirdKey]).size).toBe(3);
    await page.getByText(fr('vault.rekey.shown.reencryptDone')).waitFor();
    await shot(page, 'rekey-reencrypted');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await finishShownKey(page);
    await panel.getByRole('button', { name: fr('vault.rekey.reencrypt.submit') }).waitFor();
    // Nothing is left half-done: no interrupted re-encryption is offered.
    expect(await panel.getByText(fr('vault.rekey.reencrypt.interrupted')).count()).toBe(0);

    // The notebook still works after the swap, before any lock.
    await cases.openCase(NUMBER);
    await cases.caseHeading(NUMBER).waitFor();

    // Locked: the first and second recovery keys are refused, the third opens the notebook.
    await page.keyboard.press('Control+Shift+L');
    await vault.chooserHeading.waitFor();
    for (const key of [firstKey, secondKey, thirdKey]) {
      // A fresh page each time, so each refusal is this key's own (and no wait between attempts).
      await vault.reload();
      await vault.startRecovery(NAME);
      await vault.recoveryKeyField.fill(key);
      await vault.checkKeyButton.click();
      if (key !== thirdKey)
        await page.getByText(fr('vault.error.wrong-recovery-key')).waitFor({ timeout: 30_000 });
    }
    await vault.chooseNewPassphrase(NEXT_PASSPHRASE);
    await vault.expectOpen(NAME);
    // After a recovery-key unlock the screen points to the re-key actions.
    await page.getByText(fr('vault.rekey.afterRecovery')).waitFor();
    await cases.caseInList(NUMBER).waitFor();
    await shot(page, 'rekey-after-recovery');
    await page.getByRole('link', { name: fr('vault.rekey.afterRecoveryLink') }).click();
    await page.getByRole('heading', { name: fr('vault.rekey.heading') }).waitFor();

    // And the notebook opens with the new passphrase, every case there.
    await page.keyboard.press('Control+Shift+L');
    await vault.open();
    await vault.unlock({ name: NAME, passphrase: NEXT_PASSPHRASE });
    await vault.expectOpen(NAME);
    await cases.caseInList(NUMBER).waitFor();
  });
});
