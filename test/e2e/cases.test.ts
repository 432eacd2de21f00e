// The case notebook as an investigator uses it, in Chromium with the app's CSP: one case from
// creation through people, screening, legal qualification, referral (fiche de référence), notes,
// attachments and closure; bad input refused with French messages; a tampered journal detected;
// and no sentence of the case in any IndexedDB byte.
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
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';

const app = useBrowserApp();

type Key = Parameters<typeof translate>[1];
const fr = (key: Key, params?: Parameters<typeof translate>[2]) => translate('fr', key, params);
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const SENTENCE = 'Furaha descend au puits de Bisie chaque nuit';
const YEAR = new Date().getFullYear();

async function createNotebook(page: Page, name: string): Promise<void> {
  await page.goto(`${app.url}#/dossiers`);
  await page.getByRole('button', { name: fr('vault.chooser.create') }).click();
  await page.getByLabel(fr('vault.create.nameLabel')).fill(name);
  await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(fr('vault.create.confirmLabel')).fill(PASSPHRASE);
  await page.getByText(fr('vault.strength.ok')).waitFor();
  await page.getByRole('button', { name: fr('vault.create.submit') }).click();
  await page.getByLabel(fr('vault.recovery.confirm')).check({ timeout: 60_000 });
  await page.getByRole('button', { name: fr('vault.recovery.continue') }).click();
  await page.getByRole('button', { name: fr('cases.list.new') }).waitFor({ timeout: 30_000 });
}

const section = (page: Page, key: Key) =>
  page
    .getByRole('navigation', { name: fr('cases.view.sections') })
    .getByRole('button', { name: fr(key), exact: true });
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

async function newCase(page: Page): Promise<void> {
  await page.getByRole('button', { name: fr('cases.list.new') }).click();
  // Nothing filled: every required field is named, nothing is saved.
  await page.getByRole('button', { name: fr('cases.form.create') }).click();
  await page.getByText(fr('cases.form.errorsHeading')).waitFor();
  expect(await page.getByText(fr('cases.error.required')).count()).toBeGreaterThanOrEqual(3);
  await page.getByLabel(fr('cases.form.prefix')).fill('gom');
  await page.getByLabel(fr('cases.form.openedOn')).fill(`${YEAR + 5}-01-01`);
  await page.getByLabel(fr('cases.form.province')).fill('Nord-Kivu');
  await page.getByLabel(fr('cases.form.territory')).fill('Walikale');
  await page.getByLabel(fr('cases.form.site')).fill('Bisie');
  await page.getByLabel(fr('cases.form.lat')).fill('95');
  await page.getByLabel(fr('cases.form.summary')).fill(`Signalement : ${SENTENCE}.`);
  await page.getByRole('button', { name: fr('cases.form.create') }).click();
  await page.getByText(fr('cases.error.date-future')).waitFor();
  await page.getByText(fr('cases.error.coordinates-invalid')).waitFor();
  await shot(page, 'cases-new-errors');
  await expectNoSeriousAxe(page);
  await page.getByLabel(fr('cases.form.openedOn')).fill(`${YEAR}-01-05`);
  await page.getByLabel(fr('cases.form.lat')).fill('-1,02');
  await page.getByLabel(fr('cases.form.lon')).fill('27.93');
  await page.getByText(fr('cases.form.numberPreview', { number: `GOM-${YEAR}-0001` })).waitFor();
  await page.getByRole('button', { name: fr('cases.form.create') }).click();
  await page.getByRole('heading', { name: `GOM-${YEAR}-0001` }).waitFor();
}

describe('case notebook', () => {
  it('follows one case from creation to closure', async () => {
    const page = await app.newPage();
    // The office directory (outside the vault) holds the service the person will be referred to.
    await page.goto(`${app.url}#/orientation/repertoire`);
    await page.getByRole('button', { name: fr('directory.add') }).click();
    await page.getByLabel(fr('directory.field.name'), { exact: false }).first().fill('Agent Exemple');
    await page.getByLabel(fr('directory.field.organisation'), { exact: false }).fill('DIVAS Walikale');
    await page.getByLabel(fr('directory.field.phone'), { exact: false }).fill('+243 81 234 5678');
    await page.getByRole('button', { name: fr('directory.form.save') }).click();
    await page.getByRole('cell', { name: 'DIVAS Walikale' }).first().waitFor();
    await createNotebook(page, 'Bureau Walikale');
    await page.getByText(fr('cases.list.empty')).waitFor();
    await newCase(page);
    await shot(page, 'cases-summary');
    await expectNoSeriousAxe(page);

    // People: a full name where initials are expected is flagged; contact needs consent.
    await section(page, 'cases.section.persons').click();
    await page.getByRole('button', { name: fr('cases.persons.add') }).click();
    expect(await page.getByLabel(fr('cases.person.code')).inputValue()).toBe('V-01');
    await page.getByLabel(fr('cases.person.initials')).fill('Furaha Kahindo');
    await page.getByText(fr('cases.person.fullNameWarning')).waitFor();
    await page.getByLabel(fr('cases.person.age')).fill('14');
    await page.getByLabel(fr('cases.vuln.child'), { exact: true }).check();
    await shot(page, 'cases-person-warning');
    await expectNoSeriousAxe(page);
    await page.getByLabel(fr('cases.person.initials')).fill('F. K.');
    expect(await page.getByText(fr('cases.person.fullNameWarning')).count()).toBe(0);
    await page.getByLabel(fr('cases.person.sex')).selectOption('f');
    await page.getByRole('button', { name: fr('cases.person.save') }).click();
    await page.getByText('V-01', { exact: true }).waitFor();

    // Screening: the indicators tool inside the case, tied to V-01, dated, with the interviewer.
    await section(page, 'cases.section.screenings').click();
    await page.getByRole('button', { name: fr('cases.screenings.add') }).click();
    await page.getByRole('button', { name: fr('cases.screenings.save') }).click();
    await page.getByText(fr('cases.screenings.noAnswers')).waitFor();
    await page.getByLabel(fr('cases.screenings.interviewer')).fill('OPJ Mukeba');
    // V-01 is 14: the child list is already chosen, and the screen says why.
    await page.getByText(fr('cases.screenings.preselectedChild', { code: 'V-01' })).waitFor();
    expect(await page.getByRole('radio', { name: fr('screening.audience.child') }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: fr('screening.audience.child') }).count()).toBe(0);
    const present = page.locator('input[type=radio][value=present]');
    await present.first().waitFor();
    for (let i = 0; i < Math.min(3, await present.count()); i++) await present.nth(i).check();
    // Inside a case the tool offers no print of its own: its notes-free print view is not mounted here.
    expect(await page.getByRole('button', { name: fr('screening.print.button') }).count()).toBe(0);
    await shot(page, 'cases-screening');
    await page.getByRole('button', { name: fr('cases.screenings.save') }).click();
    await page.getByText('OPJ Mukeba').waitFor();
    await page.getByRole('button', { name: fr('cases.screenings.show') }).click();
    await page.getByText(fr('cases.screenings.presentList')).waitFor();
    expect(await page.locator('.case-screening-details li').count()).toBeGreaterThanOrEqual(3);
    await shot(page, 'cases-screening-saved');
    await expectNoSeriousAxe(page);

    // Legal qualification: articles from the library with their citations.
    await section(page, 'cases.section.qualification').click();
    await page.getByLabel(fr('cases.qualification.search')).fill('traite');
    const addButtons = page.getByRole('button', { name: new RegExp(`^${fr('cases.qualification.add')} : `) });
    await addButtons.first().waitFor();
    await addButtons.first().click();
    await page.getByRole('button', { name: new RegExp(`^${fr('cases.qualification.remove')} : `) }).waitFor();
    const cited = await page.locator('.case-infractions li strong').first().innerText();
    expect(cited).toMatch(/art\./);
    await shot(page, 'cases-qualification');
    await expectNoSeriousAxe(page);

    // Referral with consent; the fiche holds only the items ticked.
    await section(page, 'cases.section.referrals').click();
    await page.getByRole('button', { name: fr('cases.referrals.add') }).click();
    await page
      .getByLabel(fr('cases.referral.contact'))
      .selectOption({ label: 'DIVAS Walikale · Agent Exemple' });
    expect(await page.getByLabel(fr('cases.referral.organisation')).inputValue()).toBe('DIVAS Walikale');
    await page.locator('#referral-reason').fill(`Prise en charge psychosociale. ${SENTENCE}`);
    await page.getByLabel(fr('cases.shared.age'), { exact: true }).check();
    await page.getByRole('button', { name: fr('cases.referral.save') }).click();
    await page.getByText(fr('cases.error.nothing-shared')).waitFor();
    await page.getByLabel(fr('cases.referral.consent')).check();
    await page.getByRole('button', { name: fr('cases.referral.save') }).click();
    await page.getByText(fr('cases.error.consent-mode-required')).waitFor();
    await page.getByLabel(fr('cases.referral.consentMode')).selectOption('guardian');
    await page.getByLabel(fr('cases.shared.code'), { exact: true }).check();
    await page.getByLabel(fr('cases.referral.date')).fill(`${YEAR}-01-05`);
    await page.getByLabel(fr('cases.referral.followUpOn')).fill(`${YEAR}-01-06`);
    await shot(page, 'cases-referral-form');
    await page.getByRole('button', { name: fr('cases.referral.save') }).click();
    await page.getByRole('button', { name: fr('cases.referral.print') }).click();
    const sheet = page.locator('.case-sheet');
    await sheet.waitFor();
    const sheetText = await sheet.innerText();
    expect(sheetText).toContain('V-01');
    expect(sheetText).toContain('14 ans');
    expect(sheetText).toContain('DIVAS Walikale — Agent Exemple');
    expect(sheetText).not.toContain('F. K.');
    expect(sheetText).not.toContain(SENTENCE);
    await shot(page, 'cases-referral-sheet');
    await expectNoSeriousAxe(page);
    await page.getByRole('button', { name: fr('cases.sheet.close') }).click();
    await page.locator('.case-head').getByText(fr('cases.status.oriente')).waitFor();

    // Notes (Markdown, sanitised) and a task.
    await section(page, 'cases.section.notes').click();
    await page
      .getByLabel(fr('cases.notes.label'))
      .fill(`**Visite** du site.\n\n<img src=x onerror=alert(1)> ${SENTENCE}`);
    await page.getByRole('button', { name: fr('cases.notes.add') }).click();
    await page.locator('.case-note-body strong', { hasText: 'Visite' }).waitFor();
    expect(await page.locator('.case-note-body img[onerror]').count()).toBe(0);
    await page.locator('#task-title').fill('Rappeler la DIVAS');
    await page.locator('#task-due').fill(`${YEAR}-01-07`);
    await page.getByRole('button', { name: fr('cases.tasks.add') }).click();
    await page.getByText('Rappeler la DIVAS').waitFor();
    await shot(page, 'cases-notes');
    await expectNoSeriousAxe(page);

    // Attachments: a real PNG goes in and comes back byte for byte; hostile files are refused.
    await section(page, 'cases.section.attachments').click();
    const upload = async (name: string, bytes: Uint8Array) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: fr('cases.attachments.add') }).click();
      await (
        await chooser
      ).setFiles(
        { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) },
        { timeout: 90_000 },
      );
    };
    await upload('photo-site.png', TINY_PNG);
    await page.getByText(fr('cases.attachments.added')).waitFor();
    await upload('photo.jpg', RENAMED_EXE);
    await page.getByText(fr('cases.error.file-type-unknown')).waitFor();
    await upload('rapport.pdf', TEXT_AS_PDF);
    await page.getByText(fr('cases.error.file-type-unknown')).waitFor();
    // A procès-verbal in Word (both formats) and a phone video go in; damaged or disguised ones do not.
    await upload('PV-audition.docx', tinyDocx());
    await page.getByRole('cell', { name: fr('cases.type.docx') }).waitFor();
    await upload('PV-ancien.doc', compoundFile());
    await page.getByRole('cell', { name: fr('cases.type.doc') }).waitFor();
    await upload('VID_20260312.mp4', tinyVideo('isom'));
    await page.getByRole('cell', { name: fr('cases.type.mp4') }).waitFor();
    const video = tinyVideo('3gp4');
    await upload('coupee.3gp', truncated(video, video.length - 10));
    await page.getByText(fr('cases.error.file-incomplete')).waitFor();
    await upload('archive.docx', PLAIN_ZIP);
    await page.getByText(fr('cases.error.file-type-unknown')).waitFor();
    await upload('pv.docx', truncated(tinyDocx(), 400));
    await page.getByText(fr('cases.error.file-incomplete')).waitFor();
    await upload('enorme.png', oversizedPng());
    await page.getByText(fr('cases.error.file-too-large')).waitFor();
    expect(await page.locator('.case-table tbody tr').count()).toBe(4);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `${fr('cases.attachments.save')} : photo-site.png` }).click();
    const saved = await (await download).path();
    const { readFileSync } = await import('node:fs');
    expect(new Uint8Array(readFileSync(saved))).toEqual(TINY_PNG);
    await shot(page, 'cases-attachments');
    await expectNoSeriousAxe(page);

    // Closure, with its date; the history keeps every step.
    await section(page, 'cases.section.summary').click();
    await page.getByLabel(fr('cases.status.new')).selectOption('clos');
    await page.getByLabel(fr('cases.status.on')).fill(`${YEAR}-01-04`);
    await page.getByRole('button', { name: fr('cases.status.apply') }).click();
    await page.getByText(fr('cases.error.date-before-opening')).waitFor();
    await page.getByLabel(fr('cases.status.on')).fill(`${YEAR}-01-08`);
    await page.getByRole('button', { name: fr('cases.status.apply') }).click();
    await page.locator('.case-head').getByText(fr('cases.status.clos')).waitFor();
    expect(await page.locator('.case-history li').count()).toBe(3);

    // The journal is intact and lists every action.
    await section(page, 'cases.section.journal').click();
    await page.getByText(/Journal intact/).waitFor();
    await shot(page, 'cases-journal');
    await expectNoSeriousAxe(page);

    // Back to the list: filters and search inside cases (note text, accents optional).
    await page.getByRole('button', { name: fr('cases.view.back') }).click();
    await page.getByLabel(fr('cases.filter.search')).fill('VISITE furaha');
    await page.getByText(fr('cases.list.count', { shown: 1, total: 1 })).waitFor();
    await page.getByLabel(fr('cases.filter.search')).fill('Kalehe');
    await page.getByText(fr('cases.list.noMatch')).waitFor();
    await page.getByRole('button', { name: fr('cases.filter.reset') }).click();
    await page.locator('.case-filters select').first().selectOption('clos');
    await page.getByText(fr('cases.list.count', { shown: 1, total: 1 })).waitFor();
    await shot(page, 'cases-list');
    await expectNoSeriousAxe(page);

    // At rest: the sentence (summary, note, referral reason) and the initials are in no IndexedDB byte.
    const found = await page.evaluate(
      async (needles) => {
        const hits: string[] = [];
        const dbs = await indexedDB.databases();
        // Every database but the office directory, which is plain by design (professional contacts).
        for (const info of dbs.filter((d) => d.name !== 'dalili-directory')) {
          const db = await new Promise<IDBDatabase>((res, rej) => {
            const r = indexedDB.open(info.name!);
            r.onsuccess = () => res(r.result);
            r.onerror = () => rej(new Error('idb'));
          });
          for (const store of Array.from(db.objectStoreNames)) {
            const rows = await new Promise<unknown[]>((res) => {
              const r = db.transaction(store).objectStore(store).getAll();
              r.onsuccess = () => res(r.result);
            });
            const chunks: string[] = [];
            const walk = (v: unknown): void => {
              if (v instanceof Uint8Array)
                chunks.push(new TextDecoder('latin1').decode(v), new TextDecoder('utf-8').decode(v));
              else if (typeof v === 'string') chunks.push(v);
              else if (Array.isArray(v)) v.forEach(walk);
              else if (v && typeof v === 'object')
                Object.entries(v).forEach(([k, x]) => (chunks.push(k), walk(x)));
            };
            walk(rows);
            const text = chunks.join('\n');
            for (const n of needles) if (text.includes(n)) hits.push(`${store}:${n}`);
          }
          db.close();
        }
        return hits;
      },
      [SENTENCE, 'Furaha', 'F. K.', 'DIVAS Walikale', 'OPJ Mukeba', `GOM-${YEAR}-0001`],
    );
    expect(found).toEqual([]);

    // Keyboard only: open the case from the list and move between sections.
    await page.getByRole('button', { name: `GOM-${YEAR}-0001` }).focus();
    await page.keyboard.press('Enter');
    await section(page, 'cases.section.summary').waitFor();
    await section(page, 'cases.section.persons').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: fr('cases.section.persons'), level: 3 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('case-section-heading');

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
    await page.keyboard.press('Control+Shift+L');
    await page.getByText(fr('vault.lock.reason.user')).waitFor();
    expect(await page.locator('.case-list').count()).toBe(0);
    await page.close();
    // A 25 MB upload alone can take a minute on a loaded machine.
  }, 300_000);

  it('shows a tampered journal', async () => {
    const page = await app.newPage();
    await createNotebook(page, 'Bureau Uvira');
    await page.getByRole('button', { name: fr('cases.list.new') }).click();
    await page.getByLabel(fr('cases.form.prefix')).fill('UVI');
    await page.getByLabel(fr('cases.form.province')).fill('Sud-Kivu');
    await page.getByLabel(fr('cases.form.summary')).fill('Dossier de test');
    await page.getByRole('button', { name: fr('cases.form.create') }).click();
    await section(page, 'cases.section.notes').click();
    for (const text of ['Première note', 'Deuxième note']) {
      await page.getByLabel(fr('cases.notes.label')).fill(text);
      await page.getByRole('button', { name: fr('cases.notes.add') }).click();
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
    await page.getByRole('button', { name: fr('cases.view.back') }).click();
    await page.getByRole('button', { name: `UVI-${YEAR}-0001` }).click();
    await section(page, 'cases.section.journal').click();
    await page.getByText(fr('cases.journal.broken')).waitFor();
    expect(await page.locator('.error-panel li').count()).toBeGreaterThanOrEqual(1);
    await shot(page, 'cases-journal-tampered');
    await expectNoSeriousAxe(page);
    // The same screen in Swahili: every string comes from the catalogue.
    await page.locator('#banner-language').selectOption('sw');
    await page.getByText(translate('sw', 'cases.journal.broken')).waitFor();
    await page
      .getByRole('button', { name: translate('sw', 'cases.section.referrals'), exact: true })
      .waitFor();
    await shot(page, 'cases-journal-tampered-sw');
    await page.locator('#banner-language').selectOption('fr');
    await page.close();
  });
});
