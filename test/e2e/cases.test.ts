// The case notebook as an investigator uses it, in Chromium with the app's CSP: one case from
// creation through people, screening, legal qualification, referral (fiche de référence), notes,
// attachments and closure; bad input refused with French messages; a tampered journal detected;
// and no sentence of the case in any IndexedDB byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../renderer/ui/i18n/translate';
import {
  PLAIN_ZIP,
  RENAMED_EXE,
  TEXT_AS_PDF,
  TINY_PNG,
  compoundFile,
  oversizedPng,
  tinyDocx,
  tinyVideo,
  truncated,
} from '../fixtures/attachments/attachmentFixtures';
import { CasesPage } from './pages/casesPage';
import { DirectoryPage } from './pages/directoryPage';
import { ScreeningPage } from './pages/screeningPage';
import { ShellPage } from './pages/shellPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { storedData } from './support/storedData';
import { fr } from './support/words';

const app = useBrowserApp();

const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const SENTENCE = 'Furaha descend au puits de Bisie chaque nuit';
const YEAR = new Date().getFullYear();

/** What a 1366×768 screen shows, and the whole page content (main scrolls, so fullPage would not). */
async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name) });
  // main scrolls inside a fixed-height shell: grow the window to the content for the full view.
  const height = await page.evaluate(() => document.querySelector('main')!.scrollHeight + 200);
  if (height > 768) {
    await page.setViewportSize({ width: 1366, height });
    await page.screenshot({ path: screenshotPath(`${name}-full`) });
    await page.setViewportSize({ width: 1366, height: 768 });
  }
}

async function expectNoSeriousAxe(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** A new case, first sent empty and with a future date and bad coordinates, then corrected. */
async function newCase(cases: CasesPage): Promise<void> {
  const { page } = cases;
  await cases.startCase();
  // Nothing filled: every required field is named, nothing is saved.
  await cases.submitCase();
  await page.getByText(fr('cases.form.errorsHeading')).waitFor();
  expect(await page.getByText(fr('cases.error.required')).count()).toBeGreaterThanOrEqual(3);
  await cases.fillCase({
    prefix: 'gom',
    openedOn: `${YEAR + 5}-01-01`,
    province: 'Nord-Kivu',
    territory: 'Walikale',
    place: 'Bisie',
    lat: '95',
    summary: `Signalement : ${SENTENCE}.`,
  });
  await cases.submitCase();
  await page.getByText(fr('cases.error.date-future')).waitFor();
  await page.getByText(fr('cases.error.coordinates-invalid')).waitFor();
  await shot(page, 'cases-new-errors');
  await expectNoSeriousAxe(page);
  await cases.fillCase({ openedOn: `${YEAR}-01-05`, lat: '-1,02', lon: '27.93' });
  await page.getByText(fr('cases.form.numberPreview', { number: `GOM-${YEAR}-0001` })).waitFor();
  await cases.submitCase();
  await cases.caseHeading(`GOM-${YEAR}-0001`).waitFor();
}

describe('case notebook', () => {
  it('follows one case from creation to closure', async () => {
    const page = await app.newPage();
    const vault = new VaultPage(page, app);
    const cases = new CasesPage(page, app);
    const screening = new ScreeningPage(page, app);
    const shell = new ShellPage(page, app);
    const NUMBER = `GOM-${YEAR}-0001`;
    // The office directory (outside the vault) holds the service the person will be referred to.
    const directory = new DirectoryPage(page, app);
    await directory.openDirectory();
    await directory.addContact({
      name: 'Agent Exemple',
      organisation: 'DIVAS Walikale',
      phone: '+243 81 234 5678',
    });
    await vault.createNotebook({ name: 'Bureau Walikale', passphrase: PASSPHRASE });
    await page.getByText(fr('cases.list.empty')).waitFor();
    await newCase(cases);
    await shot(page, 'cases-summary');
    await expectNoSeriousAxe(page);

    // People: a full name where initials are expected is flagged; contact needs consent.
    await cases.startPerson();
    expect(await cases.field('cases.person.code').inputValue()).toBe('V-01');
    await cases.fillPerson({ initials: 'Furaha Kahindo', age: '14', child: true });
    await page.getByText(fr('cases.person.fullNameWarning')).waitFor();
    await shot(page, 'cases-person-warning');
    await expectNoSeriousAxe(page);
    await cases.fillPerson({ initials: 'F. K.', sex: 'f' });
    expect(await page.getByText(fr('cases.person.fullNameWarning')).count()).toBe(0);
    await cases.savePerson('V-01');

    // Screening: the indicators tool inside the case, tied to V-01, dated, with the interviewer.
    await cases.openSection('cases.section.screenings');
    await screening.startInCase();
    await screening.saveInCase();
    await page.getByText(fr('cases.screenings.noAnswers')).waitFor();
    await screening.interviewerField.fill('OPJ Mukeba');
    // V-01 is 14: the child list is already chosen, and the screen says why.
    await page.getByText(fr('cases.screenings.preselectedChild', { code: 'V-01' })).waitFor();
    expect(await screening.audienceRadio('child').isChecked()).toBe(true);
    expect(await screening.audienceButton('child').count()).toBe(0);
    await screening.markFirstPresent(3);
    // Inside a case the tool offers no print of its own: its notes-free print view is not mounted here.
    expect(await page.getByRole('button', { name: fr('screening.print.button') }).count()).toBe(0);
    await shot(page, 'cases-screening');
    await screening.saveInCase();
    await page.getByText('OPJ Mukeba').waitFor();
    await page.getByRole('button', { name: fr('cases.screenings.show') }).click();
    await page.getByText(fr('cases.screenings.presentList')).waitFor();
    expect(await page.locator('.case-screening-details li').count()).toBeGreaterThanOrEqual(3);
    await shot(page, 'cases-screening-saved');
    await expectNoSeriousAxe(page);

    // Legal qualification: articles from the library with their citations.
    await cases.openSection('cases.section.qualification');
    await cases.field('cases.qualification.search').fill('traite');
    const addButtons = page.getByRole('button', { name: new RegExp(`^${fr('cases.qualification.add')} : `) });
    await addButtons.first().waitFor();
    await addButtons.first().click();
    await page.getByRole('button', { name: new RegExp(`^${fr('cases.qualification.remove')} : `) }).waitFor();
    const cited = await page.locator('.case-infractions li strong').first().innerText();
    expect(cited).toMatch(/art\./);
    await shot(page, 'cases-qualification');
    await expectNoSeriousAxe(page);

    // Referral with consent; the fiche holds only the items ticked.
    await cases.startReferral();
    await cases.fillReferral({ contact: 'DIVAS Walikale · Agent Exemple' });
    expect(await cases.field('cases.referral.organisation').inputValue()).toBe('DIVAS Walikale');
    await cases.fillReferral({
      reason: `Prise en charge psychosociale. ${SENTENCE}`,
      share: ['cases.shared.age'],
    });
    await cases.saveReferral();
    await page.getByText(fr('cases.error.nothing-shared')).waitFor();
    await cases.fillReferral({ consent: true });
    await cases.saveReferral();
    await page.getByText(fr('cases.error.consent-mode-required')).waitFor();
    await cases.fillReferral({
      consentMode: 'guardian',
      share: ['cases.shared.code'],
      date: `${YEAR}-01-05`,
      followUpOn: `${YEAR}-01-06`,
      markOriented: true,
    });
    await shot(page, 'cases-referral-form');
    await cases.saveReferral();
    const sheet = await cases.printReferral();
    const sheetText = await sheet.innerText();
    expect(sheetText).toContain('V-01');
    expect(sheetText).toContain('14 ans');
    expect(sheetText).toContain('DIVAS Walikale — Agent Exemple');
    expect(sheetText).not.toContain('F. K.');
    expect(sheetText).not.toContain(SENTENCE);
    expect(sheetText).toContain(fr('cases.sheet.notSharedConsent'));
    await shot(page, 'cases-referral-sheet');
    await expectNoSeriousAxe(page);
    await cases.closeSheet();
    await cases.statusShown('cases.status.oriente').waitFor();

    // Notes (Markdown, sanitised) and a task.
    await cases.addNote(`**Visite** du site.\n\n<img src=x onerror=alert(1)> ${SENTENCE}`);
    await page.locator('.case-note-body strong', { hasText: 'Visite' }).waitFor();
    expect(await page.locator('.case-note-body img[onerror]').count()).toBe(0);
    await cases.addTask('Rappeler la DIVAS', `${YEAR}-01-07`);
    await page.getByText('Rappeler la DIVAS').waitFor();
    await shot(page, 'cases-notes');
    await expectNoSeriousAxe(page);

    // Attachments: a real PNG goes in and comes back byte for byte; hostile files are refused.
    await cases.openSection('cases.section.attachments');
    await cases.attach('photo-site.png', TINY_PNG);
    await page.getByText(fr('cases.attachments.added')).waitFor();
    await cases.attach('photo.jpg', RENAMED_EXE);
    await page.getByText(fr('cases.error.file-type-unknown')).waitFor();
    await cases.attach('rapport.pdf', TEXT_AS_PDF);
    await page.getByText(fr('cases.error.file-type-unknown')).waitFor();
    // A procès-verbal in Word (both formats) and a phone video go in; damaged or disguised ones do not.
    await cases.attach('PV-audition.docx', tinyDocx());
    await page.getByRole('cell', { name: fr('cases.type.docx') }).waitFor();
    await cases.attach('PV-ancien.doc', compoundFile());
    await page.getByRole('cell', { name: fr('cases.type.doc') }).waitFor();
    await cases.attach('VID_20260312.mp4', tinyVideo('isom'));
    await page.getByRole('cell', { name: fr('cases.type.mp4') }).waitFor();
    const video = tinyVideo('3gp4');
    await cases.attach('coupee.3gp', truncated(video, video.length - 10));
    await page.getByText(fr('cases.error.file-incomplete')).waitFor();
    await cases.attach('archive.docx', PLAIN_ZIP);
    await page.getByText(fr('cases.error.file-type-unknown')).waitFor();
    await cases.attach('pv.docx', truncated(tinyDocx(), 400));
    await page.getByText(fr('cases.error.file-incomplete')).waitFor();
    await cases.attach('enorme.png', oversizedPng());
    await page.getByText(fr('cases.error.file-too-large')).waitFor();
    expect(await page.locator('.case-table tbody tr').count()).toBe(4);
    const saved = await cases.saveAttachment('photo-site.png');
    expect(new Uint8Array(readFileSync(saved))).toEqual(TINY_PNG);
    await shot(page, 'cases-attachments');
    await expectNoSeriousAxe(page);

    // Closure, with its date; the history keeps every step.
    await cases.openSection('cases.section.summary');
    await cases.changeStatus('clos', `${YEAR}-01-04`);
    await page.getByText(fr('cases.error.date-before-opening')).waitFor();
    await cases.field('cases.status.on').fill(`${YEAR}-01-08`);
    await cases.button('cases.status.apply').click();
    await cases.statusShown('cases.status.clos').waitFor();
    expect(await page.locator('.case-history li').count()).toBe(3);

    // The journal is intact and lists every action.
    await cases.openSection('cases.section.journal');
    await page.getByText(/Journal intact/).waitFor();
    await shot(page, 'cases-journal');
    await expectNoSeriousAxe(page);

    // Back to the list: filters and search inside cases (note text, accents optional).
    await cases.backToList();
    await cases.searchCases('VISITE furaha');
    await cases.listCount(1, 1).waitFor();
    await cases.searchCases('Kalehe');
    await page.getByText(fr('cases.list.noMatch')).waitFor();
    await cases.button('cases.filter.reset').click();
    await page.locator('.case-filters select').first().selectOption('clos');
    await cases.listCount(1, 1).waitFor();
    await shot(page, 'cases-list');
    await expectNoSeriousAxe(page);

    // At rest: the sentence (summary, note, referral reason) and the initials are in no IndexedDB byte
    // (every database but the office directory, which is plain by design: professional contacts).
    const stored = await storedData(page, { except: ['dalili-directory'], webStorage: true });
    const needles = [SENTENCE, 'Furaha', 'F. K.', 'DIVAS Walikale', 'OPJ Mukeba', NUMBER];
    expect(needles.filter((needle) => stored.includes(needle))).toEqual([]);

    // Keyboard only: open the case from the list and move between sections.
    await cases.caseInList(NUMBER).focus();
    await page.keyboard.press('Enter');
    await cases.section('cases.section.summary').waitFor();
    await cases.section('cases.section.persons').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: fr('cases.section.persons'), level: 3 }).waitFor();
    await expect.poll(() => shell.focusedId()).toBe('case-section-heading');

    // At 150% zoom on the same laptop (911×512) the sections move above the content, no sideways scroll.
    await page.setViewportSize({ width: 911, height: 512 });
    expect(
      await page.evaluate(
        () => document.querySelector('main')!.scrollWidth <= document.querySelector('main')!.clientWidth,
      ),
    ).toBe(true);
    await page.screenshot({ path: screenshotPath('cases-zoom-150') });
    await page.setViewportSize({ width: 1366, height: 768 });

    // Lock: the case list disappears at once.
    await shell.lockWithShortcut();
    await page.getByText(fr('vault.lock.reason.user')).waitFor();
    expect(await page.locator('.case-list').count()).toBe(0);
    await page.close();
    // A 25 MB upload alone can take a minute on a loaded machine.
  }, 300_000);

  it('shows a tampered journal', async () => {
    const page = await app.newPage();
    const cases = new CasesPage(page, app);
    const shell = new ShellPage(page, app);
    await new VaultPage(page, app).createNotebook({ name: 'Bureau Uvira', passphrase: PASSPHRASE });
    await cases.createCase({ prefix: 'UVI', province: 'Sud-Kivu', summary: 'Dossier de test' });
    for (const text of ['Première note', 'Deuxième note']) {
      await cases.addNote(text);
      await page.getByText(text).waitFor();
    }
    // Someone removes one journal record straight from IndexedDB (the kind is an index in clear).
    const removed = await page.evaluate(async () => {
      const info = (await indexedDB.databases()).find((d) => d.name?.startsWith('dalili-vault-'))!;
      const db = await new Promise<IDBDatabase>((res) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => res(r.result);
      });
      const keys = await new Promise<IDBValidKey[]>((res) => {
        const r = db.transaction('records').objectStore('records').index('kind').getAllKeys('case-audit');
        r.onsuccess = () => res(r.result);
      });
      const tx = db.transaction('records', 'readwrite');
      for (const key of keys.slice(1, 2)) tx.objectStore('records').delete(key);
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
      return keys.length;
    });
    expect(removed).toBe(3);
    await cases.backToList();
    await cases.caseInList(`UVI-${YEAR}-0001`).click();
    await cases.openSection('cases.section.journal');
    await page.getByText(fr('cases.journal.broken')).waitFor();
    expect(await page.locator('.error-panel li').count()).toBeGreaterThanOrEqual(1);
    await shot(page, 'cases-journal-tampered');
    await expectNoSeriousAxe(page);
    // The same screen in Swahili: every string comes from the catalogue.
    await shell.chooseLanguage('sw');
    await page.getByText(translate('sw', 'cases.journal.broken')).waitFor();
    await page
      .getByRole('button', { name: translate('sw', 'cases.section.referrals'), exact: true })
      .waitFor();
    await shot(page, 'cases-journal-tampered-sw');
    await shell.chooseLanguage('fr');
    await page.close();
  });
});
