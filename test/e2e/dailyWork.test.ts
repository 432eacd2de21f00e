// The small things that blocked a case worker's day (issue 19), as a person meets them in Chromium:
// a screening done on the Indicateurs page attached to a case (opening the locked notebook in place),
// the child list chosen from a recorded age, a note being typed kept encrypted across a lock, the
// referral sheet naming the referring service from Paramètres, the backup reminder, the reader
// keeping its place when the text language changes, and a search cut to its maximum length.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ContentDocument, Entry } from '../../renderer/core/content/types';
import { libraryHref } from '../../renderer/core/library/outline';
import { MAX_QUERY_CHARS } from '../../renderer/core/search/queryParser';
import { CasesPage } from './pages/casesPage';
import { LibraryPage } from './pages/libraryPage';
import { ScreeningPage } from './pages/screeningPage';
import { SearchPage } from './pages/searchPage';
import { SettingsPage } from './pages/settingsPage';
import { ShellPage } from './pages/shellPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp, WEB_ROOT } from './support/browserApp';
import { storedData } from './support/storedData';
import { fr } from './support/words';

const app = useBrowserApp();

const NAME = 'Bureau Kalehe';
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const YEAR = new Date().getFullYear();
const NUMBER = `BKV-${YEAR}-0001`;
const DRAFT = 'Mwamini dit que le chef de puits garde les cartes d’électeur des creuseurs';

/** What a 1366×768 screen shows, after bringing `heading` (if given) into view. */
async function shot(page: Page, name: string, locator?: ReturnType<Page['locator']>): Promise<void> {
  if (locator) await locator.first().scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name) });
}

const NOTEBOOK = { name: NAME, passphrase: PASSPHRASE };

describe('daily work', () => {
  it('attaches a screening, keeps a note draft, names the office on the sheet, reminds to back up', async () => {
    const page = await app.newPage();
    const vault = new VaultPage(page, app);
    const cases = new CasesPage(page, app);
    const screening = new ScreeningPage(page, app);
    const settings = new SettingsPage(page, app);
    const shell = new ShellPage(page, app);
    await vault.createNotebook(NOTEBOOK);
    // A new notebook was never backed up: the reminder (7 days by default) says so at once.
    await page.getByText(fr('backup.reminder.never')).waitFor();
    await shot(page, 'daily-backup-reminder-never');

    // A case with one person, aged 14.
    await cases.createCase(
      {
        prefix: 'bkv',
        province: 'Sud-Kivu',
        territory: 'Kalehe',
        place: 'Nyabibwe',
        summary: 'Signalement d’enfants au puits.',
      },
      NUMBER,
    );
    await cases.addPerson({ initials: 'M. B.', age: '14' }, 'V-01');

    // 1. A screening on the Indicateurs page, with the notebook locked: attached without redoing it.
    await shell.lockWithShortcut();
    await page.getByText(fr('vault.lock.reason.user')).waitFor();
    await screening.goTo();
    await screening.chooseAudience('adult');
    const present = screening.presentChoices;
    await screening.markFirstPresent(3);
    await screening.startAttaching();
    await page.getByText(fr('cases.attach.locked')).waitFor();
    await shot(page, 'daily-attach-locked', page.getByText(fr('cases.attach.locked')));
    await vault.unlock(NOTEBOOK);
    const caseChoice = screening.caseChoice;
    await caseChoice.waitFor({ timeout: 30_000 });
    // The answers are still there after unlocking.
    expect(await present.nth(2).isChecked()).toBe(true);
    expect(await caseChoice.locator('option').allInnerTexts()).toEqual([expect.stringContaining(NUMBER)]);
    expect(await screening.personChoice.locator('option').allInnerTexts()).toEqual([
      expect.stringContaining('V-01'),
    ]);
    // V-01 is 14 and the adult list was used: said before attaching.
    await page.getByText(fr('cases.attach.ageMismatch', { code: 'V-01' })).waitFor();
    await screening.submitAttach();
    await page.getByText(fr('cases.error.required')).first().waitFor();
    await screening.interviewerField.fill('Inspectrice Neema');
    await shot(page, 'daily-attach-form', caseChoice);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screening.submitAttach();
    await page.getByText(fr('cases.attach.done', { number: NUMBER, code: 'V-01' })).waitFor();
    // The page's copy is gone: the screening now lives in the case only.
    await screening.audienceButton('adult').waitFor();
    await shot(page, 'daily-attach-done');
    await cases.openCase(NUMBER);
    await cases.openSection('cases.section.screenings');
    await page.getByText('Inspectrice Neema', { exact: false }).waitFor();
    expect(await page.locator('.case-items li').count()).toBe(1);

    // A screening inside the case: V-01's age has already chosen the child list.
    await screening.startInCase();
    await page.getByText(fr('cases.screenings.preselectedChild', { code: 'V-01' })).waitFor();
    expect(await screening.audienceRadio('child').isChecked()).toBe(true);
    await shot(page, 'daily-screening-preselected');
    await page.getByRole('button', { name: fr('cases.form.cancel') }).click();

    // 4. The referral sheet before the office details exist: blanks, never invented; then after.
    await cases.startReferral();
    await cases.fillReferral({
      organisation: 'DIVAS Kalehe',
      reason: 'Prise en charge psychosociale.',
      consent: true,
      consentMode: 'guardian',
      share: ['cases.shared.code'],
    });
    await cases.saveReferral();
    const sheet = await cases.printReferral();
    expect((await sheet.innerText()).split(fr('office.sheet.toComplete')).length - 1).toBe(3);
    await page.getByText(fr('office.sheet.missing')).waitFor();
    await shot(page, 'daily-sheet-to-complete', sheet);

    await page.getByRole('link', { name: fr('office.sheet.missingLink') }).click();
    await settings.officeHeading.waitFor();
    await settings.saveOffice({
      service: 'Division provinciale des Affaires sociales, Kalehe',
      phone: '+243 81 23',
      email: 'affaires.sociales@',
    });
    await page.getByText(fr('directory.error.phone.wrong-length')).waitFor();
    await page.getByText(fr('office.error.email')).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('office-phone');
    await shot(page, 'daily-office-errors', settings.officeHeading);
    await settings.saveOffice({ phone: '+243 81 234 5678', email: 'affaires.sociales.kalehe@exemple.cd' });
    await page.getByText(fr('office.saved')).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'daily-office-saved', settings.officeHeading);
    await cases.openCase(NUMBER);
    await cases.openSection('cases.section.referrals');
    await cases.printReferral();
    const sheetText = await sheet.innerText();
    expect(sheetText).toContain('Division provinciale des Affaires sociales, Kalehe');
    expect(sheetText).toContain('+243 812 345 678');
    expect(sheetText).toContain('affaires.sociales.kalehe@exemple.cd');
    expect(sheetText).not.toContain(fr('office.sheet.toComplete'));
    expect(await page.getByText(fr('office.sheet.missing')).count()).toBe(0);
    await shot(page, 'daily-sheet-office', sheet);
    await cases.closeSheet();

    // 2. A note being typed when the notebook is locked: kept, encrypted, and said.
    await cases.openSection('cases.section.notes');
    await cases.noteField.fill(DRAFT);
    await shell.lockWithShortcut();
    await page.getByText(fr('vault.lock.draftKept')).waitFor();
    await shot(page, 'daily-lock-draft-kept');
    const stored = await storedData(page, { webStorage: true });
    expect(stored.length).toBeGreaterThan(1000);
    for (const words of [DRAFT, 'Mwamini', 'électeur']) expect(stored).not.toContain(words);
    await vault.unlock(NOTEBOOK);
    await vault.openStatus(NAME).waitFor({ timeout: 30_000 });
    await cases.caseInList(NUMBER).click();
    await cases.openSection('cases.section.notes');
    await expect.poll(() => cases.noteField.inputValue()).toBe(DRAFT);
    await page.locator('.case-form .notice').first().waitFor();
    expect(await page.locator('.case-form .notice').first().innerText()).toMatch(/^Brouillon retrouvé/);
    await shot(page, 'daily-draft-restored');
    await cases.button('cases.notes.add').click();
    await cases.note('Mwamini').waitFor();
    // Saved as a note, the draft is gone: the next opening starts with an empty field.
    await shell.lockWithShortcut();
    await page.getByText(fr('vault.lock.reason.user')).waitFor();
    expect(await page.getByText(fr('vault.lock.draftKept')).count()).toBe(0);
    await vault.unlock(NOTEBOOK);
    await cases.caseInList(NUMBER).click({ timeout: 30_000 });
    await cases.openSection('cases.section.notes');
    await cases.note('Mwamini').waitFor();
    expect(await cases.noteField.inputValue()).toBe('');

    // 6. Backups: a reminder after the period chosen, the date of the last one, the way there.
    await settings.goTo();
    await page.getByText(fr('backup.last.never')).waitFor();
    const download = settings.exportBackup();
    expect((await download).suggestedFilename()).toBe(
      `dalili-bureau-kalehe-${new Date().toISOString().slice(0, 10)}.dalili-backup`,
    );
    await page.getByText(fr('backup.last.today'), { exact: false }).waitFor({ timeout: 30_000 });
    await shot(page, 'daily-backup-last', page.getByRole('heading', { name: fr('backup.export.heading') }));
    // Ten days later (the stored time moved back), with the 7-day reminder: due.
    await page.evaluate(() => {
      const key = 'dalili.backupReminder.v1';
      const state = JSON.parse(localStorage.getItem(key)!) as { days: number; last: Record<string, number> };
      for (const id of Object.keys(state.last))
        state.last[id] = Date.now() - 10 * 24 * 60 * 60 * 1000 - 60_000;
      localStorage.setItem(key, JSON.stringify(state));
    });
    await page.reload();
    await page.goto(`${app.url}#/dossiers`);
    await vault.unlock(NOTEBOOK);
    await page.getByText(fr('backup.reminder.due', { count: 10 })).waitFor({ timeout: 30_000 });
    await shot(page, 'daily-backup-reminder-due');
    await page.getByRole('link', { name: fr('backup.reminder.go') }).click();
    await page.getByText(fr('backup.last.daysAgo.other', { count: 10 }), { exact: false }).waitFor();
    await page.getByLabel(fr('backup.reminder.label')).selectOption('14');
    await page.goto(`${app.url}#/dossiers`);
    await cases.caseInList(NUMBER).waitFor();
    expect(await page.locator('.backup-reminder').count()).toBe(0);
    await page.close();
  });

  it('keeps the same article in view when the text language changes', async () => {
    const readPart = <T>(name: string): T =>
      JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack', name), 'utf8')) as T;
    const documents = readPart<ContentDocument[]>('documents.json');
    const entries = new Map(readPart<Entry[]>('entries.json').map((e) => [e.id, e]));
    // A document in French, English and Swahili; in it, a long article whose English text is of
    // another length than the French, read from 40 % of the way down.
    const lengths = (id: string) => ({
      fr: entries.get(id)?.text.fr.length ?? 0,
      en: entries.get(id)?.text.en?.length ?? 0,
    });
    const candidates = documents
      .filter((d) => ['fr', 'en', 'sw'].every((l) => d.languages.includes(l as 'fr')))
      .flatMap((d) => d.entryIds.slice(1, -3).map((id) => ({ doc: d, id })))
      .filter(({ id }) => lengths(id).en > 0 && lengths(id).fr > 600)
      .sort(
        (a, b) =>
          Math.abs(lengths(b.id).en - lengths(b.id).fr) - Math.abs(lengths(a.id).en - lengths(a.id).fr),
      );
    const { doc, id: target } = candidates[0]!;
    expect(target, 'a long article translated with a different length').toBeDefined();
    const page = await app.newPage();
    await page.goto(`${app.url}${libraryHref(doc.id)}`);
    await page.locator('.reader-text article').first().waitFor();
    const domId = `entry-${target.replace('/', '--')}`;
    /** Where the reading line (under the sticky toolbar) falls in the article, as a share of its height. */
    const share = () =>
      page.evaluate((id) => {
        const line = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
        const rect = document.getElementById(id)!.getBoundingClientRect();
        return Math.round(((line - rect.top) / rect.height) * 100) / 100;
      }, domId);
    const height = () =>
      page.locator(`#${domId}`).evaluate((el) => Math.round(el.getBoundingClientRect().height));
    // Scroll as a reader would; the toolbar sticks once passed and heights settle as articles render.
    await expect
      .poll(async () => {
        await page.evaluate((id) => {
          const line = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
          const rect = document.getElementById(id)!.getBoundingClientRect();
          document.querySelector('main')!.scrollTop += rect.top + 0.4 * rect.height - line;
        }, domId);
        await page.waitForTimeout(200);
        return share();
      })
      .toBe(0.4);
    const frenchHeight = await height();
    // Every direction, long documents and the end of a document: readingPosition.test.ts.
    for (const lang of ['en', 'sw', 'fr'] as const) {
      await new LibraryPage(page, app).chooseTextLanguage(fr(`library.languageName.${lang}`));
      await page.locator(`#${domId} .prose[lang="${lang}"]`).first().waitFor({ state: 'attached' });
      await page.waitForTimeout(900);
      // The same article, at the same share of its (new) text.
      expect(
        Math.abs((await share()) - 0.4),
        `${lang}: reading line moved to ${await share()}`,
      ).toBeLessThanOrEqual(0.02);
      if (lang === 'en') expect(await height()).not.toBe(frenchHeight);
    }
    await shot(page, 'daily-reader-language-kept');
    await page.close();
  });

  it('says when a search is cut to its maximum length', async () => {
    const page = await app.newPage();
    const search = new SearchPage(page, app);
    const long = `travail forcé ${'enfants mines '.repeat(60)}`;
    expect(long.length).toBeGreaterThan(MAX_QUERY_CHARS);
    await search.open(long);
    const notice = search.cutNotice(MAX_QUERY_CHARS);
    await notice.waitFor();
    expect((await search.input.inputValue()).length).toBe(MAX_QUERY_CHARS);
    await shot(page, 'daily-search-cut');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Shorter: the notice goes. Typed or pasted up to the limit: it comes back.
    await search.ask('travail forcé');
    await expect.poll(() => notice.count()).toBe(0);
    await search.ask('');
    await search.input.focus();
    await page.keyboard.insertText(long);
    await notice.waitFor();
    await page.close();
  });
});
