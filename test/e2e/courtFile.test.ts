// Issue 21, point 1: the court file from a full case, in Chromium with the app's CSP. Persons with and
// without consent and a child, a screening, a qualification, referrals, a note and two attachments; the
// choice made in the form; the PDF Chromium prints (A4) read back page by page with poppler-utils
// (pdftotext for the words, pdftoppm for the pictures): numbered pages, the case number on each, no
// identity that was not chosen, and the annexes' fingerprints equal to the SHA-256 of the files attached.
// Then the extract for the juge pour enfants, which holds the child's part only.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TINY_PDF, TINY_PNG } from '../fixtures/attachments/attachmentFixtures';
import { CasesPage } from './pages/casesPage';
import { CourtFilePage } from './pages/courtFilePage';
import { ScreeningPage } from './pages/screeningPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

const app = useBrowserApp();

const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const YEAR = new Date().getFullYear();
const NUMBER = `WLK-${YEAR}-0001`;
const SUMMARY = 'Des enfants portent des sacs de minerai au puits de Bisie pour un patron.';
const NOTE = 'Entretien mené près du puits, en présence du chef de site.';
// V-01 consented and is shown with her phone; V-03 consented too, but the user does not tick her.
const SHOWN_PHONE = { typed: '0812345678', printed: '+243 812 345 678' };
const HIDDEN_PHONE = { typed: '0998765432', printed: '+243 998 765 432' };
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Chooses a person in a form's list by code (options read « V-02 · F. K. … »). */
async function choosePerson(page: Page, label: string, code: string): Promise<void> {
  const select = page.getByRole('combobox', { name: new RegExp(`^${label}`) });
  const option = (await select.locator('option').allInnerTexts()).find((text) => text.startsWith(code));
  if (!option) throw new Error(`no option for ${code}`);
  await select.selectOption({ label: option });
}

async function shot(page: Page, name: string, top = true): Promise<void> {
  // main scrolls inside the fixed frame: the top of the screen is what a person sees first.
  if (top) await page.evaluate(() => document.querySelector('main')?.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name) });
}

async function addPerson(
  page: Page,
  cases: CasesPage,
  initials: string,
  code: string,
  extra: { age?: string; child?: boolean; phone?: string },
) {
  await cases.startPerson();
  await cases.fillPerson({
    initials,
    ...(extra.age ? { age: extra.age } : {}),
    ...(extra.child ? { child: true } : {}),
  });
  if (extra.phone) {
    await cases.field('cases.person.consent').check();
    await page.getByLabel(fr('cases.person.phone'), { exact: true }).fill(extra.phone);
  }
  await cases.savePerson(code);
}

/** A whole case, typed the way an investigator does. */
async function fullCase(page: Page): Promise<void> {
  const vault = new VaultPage(page, app);
  const cases = new CasesPage(page, app);
  const screening = new ScreeningPage(page, app);
  await vault.createNotebook({ name: 'Bureau Walikale', passphrase: PASSPHRASE });
  await cases.createCase(
    {
      prefix: 'wlk',
      openedOn: `${YEAR}-01-05`,
      incidentOn: `${YEAR}-01-02`,
      province: 'Nord-Kivu',
      territory: 'Walikale',
      place: 'Bisie',
      summary: SUMMARY,
    },
    NUMBER,
  );
  await addPerson(page, cases, 'M. K.', 'V-01', { age: '34', phone: SHOWN_PHONE.typed });
  await addPerson(page, cases, 'F. K.', 'V-02', { age: '14', child: true });
  await addPerson(page, cases, 'A. N.', 'V-03', { age: '29', phone: HIDDEN_PHONE.typed });

  await cases.openSection('cases.section.screenings');
  await screening.startInCase();
  await choosePerson(page, fr('cases.screenings.person'), 'V-02');
  await screening.interviewerField.fill('OPJ Mukeba');
  await screening.markFirstPresent(3);
  await screening.saveInCase();
  await page.getByText('OPJ Mukeba').waitFor();

  await cases.openSection('cases.section.qualification');
  await cases.field('cases.qualification.search').fill('traite');
  const add = page.getByRole('button', { name: new RegExp(`^${fr('cases.qualification.add')} : `) });
  await add.first().click();
  await page.getByRole('button', { name: new RegExp(`^${fr('cases.qualification.remove')} : `) }).waitFor();

  await cases.startReferral();
  await choosePerson(page, fr('cases.referral.person'), 'V-02');
  await cases.fillReferral({
    organisation: 'DIVAS Walikale',
    reason: 'Prise en charge psychosociale et retour en famille',
    consent: true,
    consentMode: 'guardian',
    share: ['cases.shared.code'],
    date: `${YEAR}-01-06`,
  });
  await cases.saveReferral();
  await page.getByText('DIVAS Walikale').first().waitFor();

  await cases.addNote(NOTE);
  await cases.note(NOTE).waitFor();
  await cases.openSection('cases.section.attachments');
  await cases.attach('pv-audition.pdf', TINY_PDF);
  await page.getByText('pv-audition.pdf').waitFor();
  await cases.attach('photo-puits.png', TINY_PNG);
  await page.getByText('photo-puits.png').waitFor();
}

describe('the court file', () => {
  it('prints the dossier de transmission and the extract as chosen, with numbered pages and checkable annexes', async () => {
    const page = await app.newPage();
    const court = new CourtFilePage(page);
    await fullCase(page);

    await court.open();
    // Defaults: every part but the notes, every person, no identity.
    expect(await court.kind('parquet').isChecked()).toBe(true);
    expect(await court.section('courtFile.form.section.notes').isChecked()).toBe(false);
    expect(await court.section('courtFile.form.section.annexes').isChecked()).toBe(true);
    expect(await court.identity('V-01').isChecked()).toBe(false);
    expect(await court.identity('V-03').isChecked()).toBe(false);
    expect(await court.identity('V-02').count()).toBe(0);
    await court.identity('V-01').check();
    await court.roleField.fill('Officier de police judiciaire');
    await shot(page, 'court-file-form');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // A bad input: nothing ticked is refused with its message, nothing is journalled.
    for (const s of [
      'summary',
      'persons',
      'screenings',
      'qualification',
      'referrals',
      'journal',
      'annexes',
    ] as const)
      await court.section(`courtFile.form.section.${s}`).uncheck();
    await page.getByRole('button', { name: fr('courtFile.form.prepare') }).click();
    await page.getByText(fr('courtFile.error.nothing-chosen')).waitFor();
    for (const s of [
      'summary',
      'persons',
      'screenings',
      'qualification',
      'referrals',
      'journal',
      'annexes',
    ] as const)
      await court.section(`courtFile.form.section.${s}`).check();

    await court.prepare();
    await shot(page, 'court-file-ready');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const parquet = await court.pdf('parquet');
    const pages = parquet.texts.length;
    expect(pages).toBeGreaterThanOrEqual(3);
    parquet.texts.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(fr('courtFile.doc.pageHead.parquet', { number: NUMBER }));
      expect(text, `page ${i + 1}`).toContain(`page ${i + 1} / ${pages}`);
    });
    const all = parquet.texts.join('\n');
    expect(all).toContain(fr('courtFile.doc.title.parquet'));
    expect(all).toContain('Officier de police judiciaire');
    expect(all).toContain(SUMMARY);
    expect(all).toContain(SHOWN_PHONE.printed);
    expect(all).toContain(fr('courtFile.doc.persons.identity'));
    expect(all).not.toContain(HIDDEN_PHONE.printed);
    expect(all).not.toContain(NOTE);
    // Interviewers are named only when chosen.
    expect(all).not.toContain('OPJ Mukeba');
    // No UI chrome: no menu, no button words.
    expect(all).not.toContain(fr('courtFile.print'));
    expect(all).not.toContain(fr('courtFile.change'));
    expect(all).not.toContain(fr('courtFile.form.back'));
    // The annexes carry the SHA-256 of the very bytes attached.
    const hex = all.replace(/\s+/g, ' ');
    expect(hex).toContain(sha(TINY_PDF));
    expect(hex).toContain(sha(TINY_PNG));
    expect(all).toContain(fr('courtFile.doc.annexes.item', { index: 1 }) + ' — pv-audition.pdf');
    expect(all).toContain(fr('courtFile.doc.annexes.item', { index: 2 }) + ' — photo-puits.png');
    // One picture per page, each with ink on it.
    expect(parquet.pictures).toHaveLength(pages);
    for (let i = 1; i <= pages; i++)
      expect(CourtFilePage.inkOn(parquet.file, i), `page ${i}`).toBeGreaterThan(0.002);

    // The extract for the juge pour enfants: the child's part only.
    await court.changeChoice();
    await court.kind('enfant').check();
    expect(await court.section('courtFile.form.section.summary').isChecked()).toBe(false);
    expect(await court.section('courtFile.form.section.annexes').count()).toBe(0);
    await shot(page, 'court-file-form-extract');
    await court.prepare();
    const extract = await court.pdf('extrait');
    extract.texts.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(fr('courtFile.doc.pageHead.enfant', { number: NUMBER }));
      expect(text, `page ${i + 1}`).toContain(`page ${i + 1} / ${extract.texts.length}`);
    });
    const child = extract.texts.join('\n');
    expect(child).toContain(fr('courtFile.doc.title.enfant'));
    expect(child).toContain('V-02');
    expect(child).toContain('F. K.');
    expect(child).toContain('Prise en charge psychosociale');
    for (const other of [
      'V-01',
      'V-03',
      'M. K.',
      'A. N.',
      SHOWN_PHONE.printed,
      HIDDEN_PHONE.printed,
      SUMMARY,
      NOTE,
    ])
      expect(child).not.toContain(other);
    expect(child).not.toContain(sha(TINY_PDF));
    expect(extract.pictures).toHaveLength(extract.texts.length);

    // Both preparations are in the case's journal: what was included, never the content.
    await page.getByRole('button', { name: fr('courtFile.form.back') }).click();
    const cases = new CasesPage(page, app);
    await cases.openSection('cases.section.journal');
    const rows = page.locator('.case-journal tbody tr', { hasText: fr('cases.action.court-file') });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('V-01, V-02, V-03');
    expect(await rows.nth(1).innerText()).toContain(fr('courtFile.included.enfant'));
    await rows.nth(1).scrollIntoViewIfNeeded();
    await shot(page, 'court-file-journal', false);
  });
});
