// Issue 18, point 1, in Chromium: a case followed through corrections (history visible with its
// dates), a deletion that asks for a reason and its undo, then closed (read-only) and reopened,
// each step in the journal.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CasesPage } from './pages/casesPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

const app = useBrowserApp();
const YEAR = new Date().getFullYear();
const NUMBER = `GOM-${YEAR}-0001`;

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name) });
}

describe('edit, delete and history in a case', () => {
  it('keeps every version, deletes with a reason, undoes, and reads only once closed', async () => {
    const page = await app.newPage();
    const vault = new VaultPage(page, app);
    const cases = new CasesPage(page, app);
    await vault.createNotebook({ name: 'Bureau Rubaya', passphrase: 'mangue pirogue tonnerre Kisangani' });
    await cases.createCase(
      {
        prefix: 'GOM',
        openedOn: `${YEAR}-01-05`,
        province: 'Nord-Kivu',
        territory: 'Masisi',
        place: 'Rubya',
        summary: 'Deux enfants au puits de Rubya.',
      },
      NUMBER,
    );

    // A typo in the summary and the place: corrected, the first version kept in the history.
    await cases.button('cases.summary.edit').click();
    await cases.fillCase({ place: 'Rubaya' });
    // The section is itself labelled « Résumé »: the field is taken by its id.
    await page.locator('#case-summary').fill('Deux enfants au puits de Rubaya.');
    await cases.button('cases.form.save').click();
    await page.getByText('Deux enfants au puits de Rubaya.').waitFor();
    await page.getByRole('button', { name: `${fr('cases.history.show')} (1)` }).click();
    const versions = page.locator('.case-versions');
    await versions.getByText('Deux enfants au puits de Rubya.').waitFor();
    expect(await versions.getByText(/^Version enregistrée le .+, remplacée le .+/).count()).toBe(1);
    await shot(page, 'case-edits-summary-history');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A note corrected in place; its first text stays in its history.
    await cases.addNote('Visite au puits de Rubya');
    await cases.note('Visite au puits de Rubya').waitFor();
    await page.getByRole('button', { name: `${fr('cases.item.edit')} : Visite au puits de Rubya` }).click();
    await page.getByLabel(fr('cases.notes.editLabel')).fill('Visite au puits de Rubaya, deux enfants vus');
    await cases.button('cases.item.save').click();
    await cases.note('deux enfants vus').waitFor();
    await page.getByRole('button', { name: `${fr('cases.history.show')} (1)` }).click();
    await page.locator('.case-versions').getByText('Visite au puits de Rubya').waitFor();

    // A note written in the wrong case: deleting asks for a reason, refuses none, then hides it.
    await cases.addNote('Note du dossier de Kalehe');
    await cases.note('Kalehe').waitFor();
    await page
      .getByRole('button', { name: `${fr('cases.delete.button')} : Note du dossier de Kalehe` })
      .click();
    const reason = page.getByLabel(fr('cases.delete.reason'), { exact: false });
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await cases.button('cases.delete.confirm').click();
    await page.locator('.case-delete-confirm').getByText(fr('cases.error.required')).waitFor();
    expect(await cases.note('Kalehe').count()).toBe(1);
    await reason.fill('Écrite dans le mauvais dossier');
    await shot(page, 'case-edits-delete-confirm');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await cases.button('cases.delete.confirm').click();
    await page.getByRole('heading', { name: fr('cases.deleted.heading') }).waitFor();
    expect(await cases.note('Kalehe').count()).toBe(0);
    await page
      .getByText(/Note du dossier de Kalehe · suppression du .+ Motif : Écrite dans le mauvais dossier/)
      .waitFor();
    await shot(page, 'case-edits-deleted');

    // Undo: the note is back, the deleted list empty.
    await page
      .getByRole('button', { name: `${fr('cases.deleted.undo')} : Note du dossier de Kalehe` })
      .click();
    await cases.note('Kalehe').waitFor();
    expect(await page.getByRole('heading', { name: fr('cases.deleted.heading') }).count()).toBe(0);
    // Deleted again for good measure: it stays listed, with its reason, once the case is closed.
    await page
      .getByRole('button', { name: `${fr('cases.delete.button')} : Note du dossier de Kalehe` })
      .click();
    await reason.fill('Doublon');
    await cases.button('cases.delete.confirm').click();
    await page.getByText(/Motif : Doublon/).waitFor();

    // Closed: read-only (no note form, no edit or delete), the deletion final; reopened, journalled.
    await cases.openSection('cases.section.summary');
    await cases.changeStatus('clos', `${YEAR}-01-08`);
    await cases.statusShown('cases.status.clos').waitFor();
    await page.getByText(fr('cases.closed.notice')).waitFor();
    expect(await cases.button('cases.summary.edit').count()).toBe(0);
    await cases.openSection('cases.section.notes');
    expect(await cases.noteField.count()).toBe(0);
    expect(
      await page.getByRole('button', { name: new RegExp(`^${fr('cases.delete.button')} :`) }).count(),
    ).toBe(0);
    expect(await page.getByRole('button', { name: new RegExp(`^${fr('cases.item.edit')} :`) }).count()).toBe(
      0,
    );
    await page.getByText(fr('cases.deleted.final', { days: 30 })).waitFor();
    await shot(page, 'case-edits-closed');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await cases.button('cases.closed.reopen').click();
    await page.locator('.case-head .case-status-ouvert').waitFor();
    await cases.noteField.waitFor();
    expect(await page.getByText(fr('cases.closed.notice')).count()).toBe(0);

    await cases.openSection('cases.section.journal');
    await page.getByText(/Journal intact/).waitFor();
    const journal = await page.locator('.case-section').innerText();
    expect(journal.split(fr('cases.action.deleted')).length - 1).toBe(2);
    expect(journal.split(fr('cases.action.status')).length - 1).toBe(2);
    await page.close();
  });
});
