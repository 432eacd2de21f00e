// Issue 18, point 3, as a person sees it: a note deleted from the disk behind Dalili's back (the
// record's kind and case are indexes in clear, so this takes no passphrase) shows, when the case is
// opened, as a damaged case naming what is missing and when it was written; the list says when the
// notebook was last saved.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CasesPage } from './pages/casesPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

const app = useBrowserApp();
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const YEAR = new Date().getFullYear();

/** Deletes, straight from IndexedDB, the first stored record of this kind; returns how many there were. */
function deleteFirstOfKind(page: Page, kind: string): Promise<number> {
  return page.evaluate(async (k) => {
    const info = (await indexedDB.databases()).find((d) => d.name?.startsWith('dalili-vault-'))!;
    const db = await new Promise<IDBDatabase>((res) => {
      const r = indexedDB.open(info.name!);
      r.onsuccess = () => res(r.result);
    });
    const keys = await new Promise<IDBValidKey[]>((res) => {
      const r = db.transaction('records').objectStore('records').index('kind').getAllKeys(k);
      r.onsuccess = () => res(r.result);
    });
    const tx = db.transaction('records', 'readwrite');
    tx.objectStore('records').delete(keys[0]!);
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
    return keys.length;
  }, kind);
}

describe('a case changed outside Dalili', () => {
  it('shows a note deleted on disk as missing, with its date, and what to do', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const cases = new CasesPage(page, app);
    await new VaultPage(page, app).createNotebook({ name: 'Bureau Walikale', passphrase: PASSPHRASE });
    await cases.createCase({ prefix: 'WLK', province: 'Nord-Kivu', summary: 'Enfants au puits de Bisie' });
    for (const text of ['Audition de V-01', 'Visite du site']) {
      await cases.addNote(text);
      await page.getByText(text).waitFor();
    }
    // Intact: the journal says the content is checked against it.
    await cases.openSection('cases.section.journal');
    await page.getByText(fr('cases.integrity.ok')).waitFor();
    expect(await page.locator('.case-integrity').count()).toBe(0);

    expect(await deleteFirstOfKind(page, 'case-note')).toBe(2);
    await cases.backToList();
    await page.locator('.case-last-saved').waitFor();
    expect(await page.locator('.case-last-saved').innerText()).toMatch(
      /^Dernière modification enregistrée dans ce carnet : /,
    );
    await page.screenshot({ path: screenshotPath('case-integrity-list') });
    await cases.caseInList(`WLK-${YEAR}-0001`).click();
    const alert = page.locator('.case-integrity');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain(fr('cases.integrity.title'));
    expect(text).toMatch(/Manquant : Note, enregistré dans le dossier le \d{1,2} \S+ \d{4}/);
    expect(text).toContain(fr('cases.integrity.next'));
    // One note is left, the other is named as missing: nothing is silently dropped.
    expect(await page.locator('.case-integrity li').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('case-integrity-damaged') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);
});
