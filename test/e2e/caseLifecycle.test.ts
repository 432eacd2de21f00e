// Issue 18, "Done when", in Chromium: one case followed through its life as a person lives it. Edits
// (summary, a person, a screening's answers, an attachment renamed), a deletion and its undo, the whole
// case deleted and restored, a lock that leaves nothing decrypted (the lock probe of the web build), a
// re-encryption under a new key, and « Effacer ce carnet ». Each step is checked where a person sees it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CasesPage } from './pages/casesPage';
import { ScreeningPage } from './pages/screeningPage';
import { ShellPage } from './pages/shellPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';
import { TINY_PDF } from '../fixtures/attachments/attachmentFixtures';

const app = useBrowserApp();

const NAME = 'Bureau Nyabibwe';
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const YEAR = new Date().getFullYear();
const NUMBER = `KLH-${YEAR}-0001`;
const SUMMARY = 'Sentinelle-vie Trois garçons au puits de Nyabibwe.';
const NOTE = 'Sentinelle-vie-note Kahindo revu au marché';
const PDF_NAME = 'Sentinelle-vie-PV audition V-01.pdf';

interface HolderReport {
  name: string;
  empty: boolean;
  text: string;
}

/** The lock probe of lockForgets.test.ts: what every registered holder still keeps, and the page itself. */
async function leftovers(page: Page, needles: string[]): Promise<{ holding: string[]; needles: string[] }> {
  const reports = await page.evaluate(() =>
    (window as unknown as { __daliliLockProbe: () => HolderReport[] }).__daliliLockProbe(),
  );
  const shown = await page.evaluate(() => document.documentElement.outerHTML + document.title);
  const all = reports.map((r) => r.text).join('\n') + shown;
  return {
    holding: reports.filter((r) => !r.empty && r.name !== 'safe-html').map((r) => r.name),
    needles: needles.filter((n) => all.includes(n)),
  };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name) });
}

const journalText = (page: Page) => page.locator('.case-section').innerText();

describe('one case, from its first edit to the erased notebook', () => {
  it('edits, deletes and restores, locks, re-keys and erases', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const vault = new VaultPage(page, app);
    const cases = new CasesPage(page, app);
    const shell = new ShellPage(page, app);
    const screening = new ScreeningPage(page, app);
    await vault.createNotebook({ name: NAME, passphrase: PASSPHRASE });
    await cases.createCase(
      {
        prefix: 'KLH',
        openedOn: `${YEAR}-01-05`,
        province: 'Sud-Kivu',
        territory: 'Kalehe',
        summary: SUMMARY,
      },
      NUMBER,
    );

    // 1. The summary corrected; the first text stays in its history.
    await cases.button('cases.summary.edit').click();
    await page.locator('#case-summary').fill(`${SUMMARY} Deux ont moins de 15 ans.`);
    await cases.button('cases.form.save').click();
    await page.getByText('Deux ont moins de 15 ans.').waitFor();

    // 2. A person added, then corrected (initials).
    await cases.addPerson({ initials: 'K.B.', age: '14', sex: 'm' });
    await page.getByRole('button', { name: `${fr('cases.persons.edit')} V-01` }).click();
    await cases.field('cases.person.initials').fill('K.M.');
    await cases.button('cases.person.save').click();
    await page
      .getByText(/K\.M\./)
      .first()
      .waitFor();
    await page.getByRole('button', { name: `${fr('cases.history.show')} (1)` }).click();
    await page
      .locator('.case-versions')
      .getByText(/K\.B\./)
      .waitFor();

    // 3. A screening saved, then its answers corrected: same record, reading recomputed, history kept.
    await cases.openSection('cases.section.screenings');
    await screening.startInCase();
    await screening.interviewerField.fill('INS-07');
    await screening.markFirstPresent(3);
    await screening.saveInCase();
    const item = page.locator('.case-items > li').first();
    await item.getByText('INS-07').waitFor();
    const readingBefore = await item.innerText();
    await page.getByRole('button', { name: new RegExp(`^${fr('cases.screenings.edit')} :`) }).click();
    await page.getByText(fr('cases.screenings.editing')).waitFor();
    // The answers come back as saved: three present.
    await expect.poll(() => page.locator('input[type=radio][value=present]:checked').count()).toBe(3);
    await shot(page, 'case-lifecycle-screening-edit');
    // The interviewer had marked them by mistake: all three were in fact absent.
    const marked = await page
      .locator('[data-indicator]:has(input[value=present]:checked)')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-indicator') ?? ''));
    expect(marked).toHaveLength(3);
    await screening.answer(marked, 'absent');
    await cases.button('cases.item.save').click();
    await expect.poll(async () => (await item.innerText()) !== readingBefore).toBe(true);
    expect(await page.locator('.case-items > li').count()).toBe(1);
    expect(await item.innerText()).toContain(fr('cases.screenings.present', { count: 0 }));
    await item.getByRole('button', { name: `${fr('cases.history.show')} (1)` }).click();
    await item.locator('.case-versions').waitFor();

    // 4. An attachment renamed and described; the old name in its history, the bytes the same.
    await cases.openSection('cases.section.attachments');
    await cases.attach('scan0001.pdf', TINY_PDF);
    await page.getByRole('rowheader', { name: 'scan0001.pdf' }).waitFor();
    await page.getByRole('button', { name: `${fr('cases.attachments.rename')} : scan0001.pdf` }).click();
    const nameField = page.getByLabel(fr('cases.attachments.renameName'));
    await nameField.fill('PV audition.exe');
    await cases.button('cases.item.save').click();
    await page.getByText(fr('cases.error.name-extension')).waitFor();
    await nameField.fill(PDF_NAME);
    await page.getByLabel(fr('cases.attachments.description')).fill('Procès-verbal signé, page 1');
    await shot(page, 'case-lifecycle-rename');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await cases.button('cases.item.save').click();
    await page.getByRole('rowheader', { name: new RegExp(PDF_NAME) }).waitFor();
    await page.getByText('Procès-verbal signé, page 1').waitFor();
    await page.getByRole('button', { name: `${fr('cases.history.show')} (1)` }).click();
    await page
      .locator('.case-versions')
      .getByText(/scan0001\.pdf/)
      .waitFor();
    const saved = await cases.saveAttachment(PDF_NAME);
    const { readFile } = await import('node:fs/promises');
    expect(new Uint8Array(await readFile(saved))).toEqual(TINY_PDF);

    // 5. A note deleted with its reason, then the deletion undone.
    await cases.addNote(NOTE);
    await cases.note('Kahindo').waitFor();
    await page.getByRole('button', { name: `${fr('cases.delete.button')} : ${NOTE}` }).click();
    await page.getByLabel(fr('cases.delete.reason'), { exact: false }).fill('Mauvais dossier');
    await cases.button('cases.delete.confirm').click();
    await page.getByRole('heading', { name: fr('cases.deleted.heading') }).waitFor();
    await page.getByRole('button', { name: `${fr('cases.deleted.undo')} : ${NOTE}` }).click();
    await cases.note('Kahindo').waitFor();

    // 6. The whole case deleted: reason and number typed again; then restored from « Dossiers supprimés ».
    await cases.button('cases.caseDelete.button').click();
    await page.getByLabel(fr('cases.delete.reason'), { exact: false }).fill('Ouvert en double');
    const typed = page.getByLabel(fr('cases.caseDelete.confirmNumber', { number: NUMBER }), { exact: false });
    await typed.fill(`KLH-${YEAR}-0002`);
    await cases.button('cases.caseDelete.confirm').click();
    await page.getByText(fr('cases.error.number-mismatch')).waitFor();
    await typed.fill(NUMBER.toLowerCase());
    await shot(page, 'case-lifecycle-delete-case');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await cases.button('cases.caseDelete.confirm').click();
    await page.getByText(fr('cases.caseDelete.done', { number: NUMBER, days: 30 })).waitFor();
    expect(await cases.caseInList(NUMBER).count()).toBe(0);
    await cases.button('cases.deletedCases.open', { count: 1 }).click();
    await page.getByRole('heading', { name: fr('cases.deletedCases.heading') }).waitFor();
    await page.getByText(/Motif : Ouvert en double/).waitFor();
    await page.getByText(fr('cases.deletedCases.daysLeft', { count: 30 })).waitFor();
    await shot(page, 'case-lifecycle-deleted-cases');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `${fr('cases.deletedCases.restore')} : ${NUMBER}` }).click();
    await page.getByText(fr('cases.deletedCases.restored', { number: NUMBER })).waitFor();
    await cases.openCase(NUMBER);
    await cases.openSection('cases.section.journal');
    await page.getByText(/Journal intact/).waitFor();
    const journal = await journalText(page);
    for (const key of [
      'cases.action.restored',
      'cases.action.renamed',
      'cases.action.case-deleted',
      'cases.action.case-restored',
    ] as const)
      expect(journal, key).toContain(fr(key));
    await shot(page, 'case-lifecycle-journal');

    // 7. Locked: nothing decrypted left in any registered holder or on the page.
    const needles = [SUMMARY, NOTE, PDF_NAME, 'K.M.', 'Procès-verbal signé'];
    await shell.lockWithShortcut();
    await shell.lockButton.waitFor({ state: 'detached' });
    expect(await leftovers(page, needles)).toEqual({ holding: [], needles: [] });

    // 8. Re-encrypted under a new data key: every edit still there.
    await vault.open();
    await vault.unlock({ name: NAME, passphrase: PASSPHRASE });
    await vault.expectOpen(NAME);
    await page.goto(`${app.url}#/parametres/cles`);
    const panel = page.locator('.vault-rekey');
    await page.locator('#vault-rekey-reencrypt-passphrase').fill(PASSPHRASE);
    await panel.getByRole('button', { name: fr('vault.rekey.reencrypt.submit') }).click();
    await page.getByRole('heading', { name: fr('vault.rekey.shown.heading') }).waitFor({ timeout: 120_000 });
    await page.locator('.vault-rekey-shown').getByLabel(fr('vault.recovery.confirm')).check();
    await page.getByRole('button', { name: fr('vault.rekey.shown.done') }).click();
    await cases.openCase(NUMBER);
    await page.getByText('Deux ont moins de 15 ans.').waitFor();
    await cases.openSection('cases.section.attachments');
    await page.getByRole('rowheader', { name: new RegExp(PDF_NAME) }).waitFor();
    await cases.openSection('cases.section.journal');
    await page.getByText(/Journal intact/).waitFor();

    // 9. « Effacer ce carnet »: the notebook and its keys gone from this computer.
    await shell.lock();
    const vaultDbs = () =>
      page.evaluate(async () =>
        (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('dalili-vault-')),
      );
    expect(await vaultDbs()).toHaveLength(1);
    await vault.notebook(NAME).click();
    await page.getByRole('button', { name: fr('vault.erase.open') }).click();
    await page.getByLabel(fr('vault.erase.label', { word: fr('vault.erase.word') })).fill('EFFACER');
    await page.getByRole('button', { name: fr('vault.erase.submit') }).click();
    await page.getByText(fr('vault.erase.done', { name: NAME })).waitFor();
    expect(await vaultDbs()).toEqual([]);
    await page.close();
  }, 420_000);
});
