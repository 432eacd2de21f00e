// Issue 18, point 2, in Chromium with two notebooks on one computer (two profiles): a case goes from
// Goma to Bukavu by transfer, both offices edit and delete, and Bukavu's transfer comes back to Goma.
// The import shows what it will do before writing, merges into the case (no renamed copy beside
// it), keeps both sides of the note edited on both, and the case opens intact, also after « Reprendre
// cette version » on the conflict copy.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CasesPage } from './pages/casesPage';
import { SettingsPage } from './pages/settingsPage';
import { ShellPage } from './pages/shellPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { storedData } from './support/storedData';
import { fr } from './support/words';

const app = useBrowserApp();
const dir = mkdtempSync(path.join(tmpdir(), 'dalili-transfer-merge-'));
const YEAR = new Date().getFullYear();
const NUMBER = `GOM-${YEAR}-0001`;
const GOMA = { name: 'Goma', passphrase: 'mangue pirogue tonnerre Kisangani' };
const BUKAVU = { name: 'Bukavu', passphrase: 'tambour cassave colline Masisi brume' };

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name) });
}

/** « Transférer des dossiers »: the case, consent, the file saved, the code read once. */
async function sendCase(page: Page, settings: SettingsPage, file: string): Promise<string> {
  await settings.open();
  await page.locator('.backup-cases label', { hasText: NUMBER }).getByRole('checkbox').check();
  await page.getByLabel(fr('backup.transfer.consent')).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: fr('backup.transfer.button') }).click();
  await (await download).saveAs(file);
  await page.getByRole('heading', { name: fr('backup.transfer.codeHeading') }).waitFor({ timeout: 60_000 });
  const code = (await page.locator('.backup-transfer-code span').allTextContents()).join('-');
  await page.getByRole('button', { name: fr('backup.transfer.codeDone') }).click();
  return code;
}

/** « Recevoir des dossiers »: the file, the code, and what the import will do (nothing written yet). */
async function previewImport(page: Page, settings: SettingsPage, file: string, code: string) {
  await settings.open();
  await settings.chooseFile(fr('backup.import.choose'), file);
  await page.getByLabel(fr('backup.import.codeLabel')).fill(code);
  await page.getByRole('button', { name: fr('backup.import.preview') }).click();
  await page.getByRole('heading', { name: fr('backup.import.previewHeading') }).waitFor({ timeout: 60_000 });
}

async function editNote(page: Page, cases: CasesPage, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `${fr('cases.item.edit')} : ${from}` }).click();
  await page.getByLabel(fr('cases.notes.editLabel')).fill(to);
  await cases.button('cases.item.save').click();
  await cases.note(to).waitFor();
}

describe('a transfer that comes back merges into the case', () => {
  it('Goma → Bukavu, both edit and delete, Bukavu → Goma: previewed, merged, intact', async () => {
    const page = await app.newPage();
    const vault = new VaultPage(page, app);
    const cases = new CasesPage(page, app);
    const settings = new SettingsPage(page, app);
    const shell = new ShellPage(page, app);

    await vault.createNotebook(GOMA);
    await cases.createCase(
      {
        prefix: 'GOM',
        openedOn: `${YEAR}-01-05`,
        province: 'Nord-Kivu',
        territory: 'Masisi',
        place: 'Rubaya',
        summary: 'Deux enfants au puits de Rubaya.',
      },
      NUMBER,
    );
    for (const text of ['Visite du puits', 'Entretien du chef de chantier', 'Témoin rencontré']) {
      await cases.addNote(text);
      await cases.note(text).waitFor();
    }
    const toBukavu = await sendCase(page, settings, path.join(dir, 'vers-bukavu.dalili-transfer'));

    // Bukavu, a second notebook on this computer, receives the case: new here, added whole.
    await shell.lock();
    await vault.createNotebook(BUKAVU);
    await previewImport(page, settings, path.join(dir, 'vers-bukavu.dalili-transfer'), toBukavu);
    await page.getByText(fr('backup.import.newCases', { count: 1 })).waitFor();
    await page.getByRole('button', { name: fr('backup.import.confirm') }).click();
    // The case, its three notes and its four journal entries.
    await page.getByText(fr('backup.import.done', { cases: 1, count: 8 })).waitFor({ timeout: 60_000 });

    // Bukavu works on it: two corrections, a deletion, an addition; then sends it back.
    await cases.openCase(NUMBER);
    await cases.openSection('cases.section.notes');
    await editNote(page, cases, 'Visite du puits', 'Visite du puits (Bukavu)');
    await editNote(page, cases, 'Témoin rencontré', 'Témoin rencontré à Rubaya');
    await page
      .getByRole('button', { name: `${fr('cases.delete.button')} : Entretien du chef de chantier` })
      .click();
    await page.getByLabel(fr('cases.delete.reason'), { exact: false }).fill('Note du mauvais dossier');
    await cases.button('cases.delete.confirm').click();
    await page.getByRole('heading', { name: fr('cases.deleted.heading') }).waitFor();
    await cases.addNote('Ajout de Bukavu');
    await cases.note('Ajout de Bukavu').waitFor();
    const back = path.join(dir, 'vers-goma.dalili-transfer');
    const toGoma = await sendCase(page, settings, back);

    // Goma meanwhile corrected the same note and added one of its own.
    await shell.lock();
    await page.goto(`${app.url}#/dossiers`);
    await vault.unlock(GOMA);
    await vault.expectOpen(GOMA.name);
    await cases.openCase(NUMBER);
    await cases.openSection('cases.section.notes');
    await editNote(page, cases, 'Visite du puits', 'Visite du puits (Goma)');
    await cases.addNote('Ajout de Goma');
    await cases.note('Ajout de Goma').waitFor();

    // The preview says what the import will do, and writes nothing.
    const before = await storedData(page);
    await previewImport(page, settings, back, toGoma);
    await page.getByText(fr('backup.import.mergedCases', { count: 1 })).waitFor();
    for (const [key, count] of [
      ['backup.import.count.added', 1],
      ['backup.import.count.updated', 1],
      ['backup.import.count.deleted', 1],
      ['backup.import.count.conflicts', 1],
    ] as const)
      await page.getByText(fr(key, { count })).waitFor();
    expect(await storedData(page)).toBe(before);
    // The next step is in the window and has the keyboard focus.
    const confirm = page.getByRole('button', { name: fr('backup.import.confirm') });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page, 'transfer-merge-preview');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: fr('backup.import.confirm') }).click();
    await page.getByText(fr('backup.import.doneHeading')).first().waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: fr('backup.conflicts.heading', { count: 1 }) }).waitFor();
    await settings.shot('transfer-merge-done', fr('backup.import.heading'));
    // One case, not a renamed copy beside it.
    expect(await settings.transferCases.count()).toBe(1);

    // The case holds both offices' work; the note edited on both sides is Goma's (its edit came
    // later), Bukavu's is kept as a conflict copy; the journal binds the merge and checks out.
    await cases.openCase(NUMBER);
    await cases.openSection('cases.section.notes');
    for (const text of [
      'Visite du puits (Goma)',
      'Témoin rencontré à Rubaya',
      'Ajout de Bukavu',
      'Ajout de Goma',
    ])
      await cases.note(text).waitFor();
    expect(await cases.note('Entretien du chef').count()).toBe(0);
    await page.getByText(/Motif : Note du mauvais dossier/).scrollIntoViewIfNeeded();
    await shot(page, 'transfer-merge-case');
    await cases.openSection('cases.section.journal');
    await page.getByText(fr('cases.integrity.ok')).waitFor();
    await page.getByText(/Journal intact/).waitFor();
    await page.getByText(fr('cases.action.merged')).waitFor();

    // « Reprendre cette version »: Bukavu's note is the note again, in a commit of the case.
    await settings.open();
    await page.getByRole('button', { name: fr('backup.conflicts.useCopy') }).click();
    await page.getByText(fr('backup.conflicts.resolved')).waitFor();
    await cases.openCase(NUMBER);
    await cases.openSection('cases.section.notes');
    await cases.note('Visite du puits (Bukavu)').waitFor();
    expect(await cases.note('Visite du puits (Goma)').count()).toBe(0);
    await cases.openSection('cases.section.journal');
    await page.getByText(fr('cases.integrity.ok')).waitFor();
    await page.getByText(/Journal intact/).waitFor();
    await page.locator('.case-journal tbody tr').last().scrollIntoViewIfNeeded();
    await shot(page, 'transfer-merge-journal');
    await page.close();
  });
});
