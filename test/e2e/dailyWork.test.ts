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
import { translate } from '../../renderer/ui/i18n/translate';
import { screenshotPath, seriousAxeViolations, useBrowserApp, WEB_ROOT } from './support/browserApp';

const app = useBrowserApp();

type Key = Parameters<typeof translate>[1];
const fr = (key: Key, params?: Parameters<typeof translate>[2]) => translate('fr', key, params);
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

async function createNotebook(page: Page): Promise<void> {
  await page.goto(`${app.url}#/dossiers`);
  await page.getByRole('button', { name: fr('vault.chooser.create') }).click();
  await page.getByLabel(fr('vault.create.nameLabel')).fill(NAME);
  await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(fr('vault.create.confirmLabel')).fill(PASSPHRASE);
  await page.getByText(fr('vault.strength.ok')).waitFor();
  await page.getByRole('button', { name: fr('vault.create.submit') }).click();
  await page.getByLabel(fr('vault.recovery.confirm')).check({ timeout: 60_000 });
  await page.getByRole('button', { name: fr('vault.recovery.continue') }).click();
  await page.getByRole('button', { name: fr('cases.list.new') }).waitFor({ timeout: 30_000 });
}

async function unlock(page: Page): Promise<void> {
  await page.getByRole('button', { name: NAME, exact: true }).click();
  await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: fr('vault.unlock.submit'), exact: true }).click();
}

const section = (page: Page, key: Key) =>
  page
    .getByRole('navigation', { name: fr('cases.view.sections') })
    .getByRole('button', { name: fr(key), exact: true });

async function openCase(page: Page): Promise<void> {
  await page.goto(`${app.url}#/dossiers`);
  await page.getByRole('button', { name: NUMBER }).click();
  await page.getByRole('heading', { name: NUMBER }).waitFor();
}

/** Every stored byte of every IndexedDB database, and both web storages, as text. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
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
          out.push(
            JSON.stringify(value, (_k, v: unknown) =>
              v instanceof Uint8Array || v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v,
            ),
          );
        }
      }
      db.close();
    }
    return out.join('\n');
  });
}

describe('daily work', () => {
  it('attaches a screening, keeps a note draft, names the office on the sheet, reminds to back up', async () => {
    const page = await app.newPage();
    await createNotebook(page);
    // A new notebook was never backed up: the reminder (7 days by default) says so at once.
    await page.getByText(fr('backup.reminder.never')).waitFor();
    await shot(page, 'daily-backup-reminder-never');

    // A case with one person, aged 14.
    await page.getByRole('button', { name: fr('cases.list.new') }).click();
    await page.getByLabel(fr('cases.form.prefix')).fill('bkv');
    await page.getByLabel(fr('cases.form.province')).fill('Sud-Kivu');
    await page.getByLabel(fr('cases.form.territory')).fill('Kalehe');
    await page.getByLabel(fr('cases.form.site')).fill('Nyabibwe');
    await page.getByLabel(fr('cases.form.summary')).fill('Signalement d’enfants au puits.');
    await page.getByRole('button', { name: fr('cases.form.create') }).click();
    await page.getByRole('heading', { name: NUMBER }).waitFor();
    await section(page, 'cases.section.persons').click();
    await page.getByRole('button', { name: fr('cases.persons.add') }).click();
    await page.getByLabel(fr('cases.person.initials')).fill('M. B.');
    await page.getByLabel(fr('cases.person.age')).fill('14');
    await page.getByRole('button', { name: fr('cases.person.save') }).click();
    await page.getByText('V-01', { exact: true }).waitFor();

    // 1. A screening on the Indicateurs page, with the notebook locked: attached without redoing it.
    await page.keyboard.press('Control+Shift+L');
    await page.getByText(fr('vault.lock.reason.user')).waitFor();
    await page.goto(`${app.url}#/indicateurs`);
    await page.getByRole('button', { name: fr('screening.audience.adult') }).click();
    const present = page.locator('input[type=radio][value=present]');
    await present.first().waitFor();
    for (let i = 0; i < 3; i++) await present.nth(i).check();
    await page.getByRole('button', { name: fr('cases.attach.open') }).click();
    await page.getByText(fr('cases.attach.locked')).waitFor();
    await shot(page, 'daily-attach-locked', page.getByText(fr('cases.attach.locked')));
    await unlock(page);
    const caseChoice = page.locator('#attach-case');
    await caseChoice.waitFor({ timeout: 30_000 });
    // The answers are still there after unlocking.
    expect(await present.nth(2).isChecked()).toBe(true);
    expect(await caseChoice.locator('option').allInnerTexts()).toEqual([expect.stringContaining(NUMBER)]);
    expect(await page.locator('#attach-person option').allInnerTexts()).toEqual([
      expect.stringContaining('V-01'),
    ]);
    // V-01 is 14 and the adult list was used: said before attaching.
    await page.getByText(fr('cases.attach.ageMismatch', { code: 'V-01' })).waitFor();
    await page.getByRole('button', { name: fr('cases.attach.submit') }).click();
    await page.getByText(fr('cases.error.required')).first().waitFor();
    await page.getByLabel(fr('cases.screenings.interviewer')).fill('Inspectrice Neema');
    await shot(page, 'daily-attach-form', caseChoice);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: fr('cases.attach.submit') }).click();
    await page.getByText(fr('cases.attach.done', { number: NUMBER, code: 'V-01' })).waitFor();
    // The page's copy is gone: the screening now lives in the case only.
    await page.getByRole('button', { name: fr('screening.audience.adult') }).waitFor();
    await shot(page, 'daily-attach-done');
    await openCase(page);
    await section(page, 'cases.section.screenings').click();
    await page.getByText('Inspectrice Neema', { exact: false }).waitFor();
    expect(await page.locator('.case-items li').count()).toBe(1);

    // A screening inside the case: V-01's age has already chosen the child list.
    await page.getByRole('button', { name: fr('cases.screenings.add') }).click();
    await page.getByText(fr('cases.screenings.preselectedChild', { code: 'V-01' })).waitFor();
    expect(await page.getByRole('radio', { name: fr('screening.audience.child') }).isChecked()).toBe(true);
    await shot(page, 'daily-screening-preselected');
    await page.getByRole('button', { name: fr('cases.form.cancel') }).click();

    // 4. The referral sheet before the office details exist: blanks, never invented; then after.
    await section(page, 'cases.section.referrals').click();
    await page.getByRole('button', { name: fr('cases.referrals.add') }).click();
    await page.getByLabel(fr('cases.referral.organisation')).fill('DIVAS Kalehe');
    await page.locator('#referral-reason').fill('Prise en charge psychosociale.');
    await page.getByLabel(fr('cases.referral.consent')).check();
    await page.getByLabel(fr('cases.referral.consentMode')).selectOption('guardian');
    await page.getByLabel(fr('cases.shared.code'), { exact: true }).check();
    await page.getByRole('button', { name: fr('cases.referral.save') }).click();
    await page.getByRole('button', { name: fr('cases.referral.print') }).click();
    const sheet = page.locator('.case-sheet');
    await sheet.waitFor();
    expect((await sheet.innerText()).split(fr('office.sheet.toComplete')).length - 1).toBe(3);
    await page.getByText(fr('office.sheet.missing')).waitFor();
    await shot(page, 'daily-sheet-to-complete', sheet);

    await page.getByRole('link', { name: fr('office.sheet.missingLink') }).click();
    await page.getByRole('heading', { name: fr('office.title') }).waitFor();
    await page
      .getByLabel(fr('office.field.service'))
      .fill('Division provinciale des Affaires sociales, Kalehe');
    await page.getByLabel(fr('office.field.phone')).fill('+243 81 23');
    await page.getByLabel(fr('office.field.email')).fill('affaires.sociales@');
    await page.getByRole('button', { name: fr('office.save') }).click();
    await page.getByText(fr('directory.error.phone.wrong-length')).waitFor();
    await page.getByText(fr('office.error.email')).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('office-phone');
    await shot(page, 'daily-office-errors', page.getByRole('heading', { name: fr('office.title') }));
    await page.getByLabel(fr('office.field.phone')).fill('+243 81 234 5678');
    await page.getByLabel(fr('office.field.email')).fill('affaires.sociales.kalehe@exemple.cd');
    await page.getByRole('button', { name: fr('office.save') }).click();
    await page.getByText(fr('office.saved')).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'daily-office-saved', page.getByRole('heading', { name: fr('office.title') }));
    await openCase(page);
    await section(page, 'cases.section.referrals').click();
    await page.getByRole('button', { name: fr('cases.referral.print') }).click();
    await sheet.waitFor();
    const sheetText = await sheet.innerText();
    expect(sheetText).toContain('Division provinciale des Affaires sociales, Kalehe');
    expect(sheetText).toContain('+243 812 345 678');
    expect(sheetText).toContain('affaires.sociales.kalehe@exemple.cd');
    expect(sheetText).not.toContain(fr('office.sheet.toComplete'));
    expect(await page.getByText(fr('office.sheet.missing')).count()).toBe(0);
    await shot(page, 'daily-sheet-office', sheet);
    await page.getByRole('button', { name: fr('cases.sheet.close') }).click();

    // 2. A note being typed when the notebook is locked: kept, encrypted, and said.
    await section(page, 'cases.section.notes').click();
    await page.getByLabel(fr('cases.notes.label')).fill(DRAFT);
    await page.keyboard.press('Control+Shift+L');
    await page.getByText(fr('vault.lock.draftKept')).waitFor();
    await shot(page, 'daily-lock-draft-kept');
    const stored = await everythingStored(page);
    expect(stored.length).toBeGreaterThan(1000);
    for (const words of [DRAFT, 'Mwamini', 'électeur']) expect(stored).not.toContain(words);
    await unlock(page);
    await page.getByText(fr('vault.open.status', { name: NAME })).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: NUMBER }).click();
    await section(page, 'cases.section.notes').click();
    await expect.poll(() => page.getByLabel(fr('cases.notes.label')).inputValue()).toBe(DRAFT);
    await page.locator('.case-form .notice').first().waitFor();
    expect(await page.locator('.case-form .notice').first().innerText()).toMatch(/^Brouillon retrouvé/);
    await shot(page, 'daily-draft-restored');
    await page.getByRole('button', { name: fr('cases.notes.add') }).click();
    await page.locator('.case-note-body', { hasText: 'Mwamini' }).waitFor();
    // Saved as a note, the draft is gone: the next opening starts with an empty field.
    await page.keyboard.press('Control+Shift+L');
    await page.getByText(fr('vault.lock.reason.user')).waitFor();
    expect(await page.getByText(fr('vault.lock.draftKept')).count()).toBe(0);
    await unlock(page);
    await page.getByRole('button', { name: NUMBER }).click({ timeout: 30_000 });
    await section(page, 'cases.section.notes').click();
    await page.locator('.case-note-body', { hasText: 'Mwamini' }).waitFor();
    expect(await page.getByLabel(fr('cases.notes.label')).inputValue()).toBe('');

    // 6. Backups: a reminder after the period chosen, the date of the last one, the way there.
    await page.goto(`${app.url}#/parametres`);
    await page.getByText(fr('backup.last.never')).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: fr('backup.export.button') }).click();
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
    await unlock(page);
    await page.getByText(fr('backup.reminder.due', { count: 10 })).waitFor({ timeout: 30_000 });
    await shot(page, 'daily-backup-reminder-due');
    await page.getByRole('link', { name: fr('backup.reminder.go') }).click();
    await page.getByText(fr('backup.last.daysAgo.other', { count: 10 }), { exact: false }).waitFor();
    await page.getByLabel(fr('backup.reminder.label')).selectOption('14');
    await page.goto(`${app.url}#/dossiers`);
    await page.getByRole('button', { name: NUMBER }).waitFor();
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
      await page.getByRole('radio', { name: fr(`library.languageName.${lang}`) }).check();
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
    const long = `travail forcé ${'enfants mines '.repeat(60)}`;
    expect(long.length).toBeGreaterThan(MAX_QUERY_CHARS);
    await page.goto(`${app.url}#/recherche?q=${encodeURIComponent(long)}`);
    const notice = page.getByText(fr('search.cut', { max: MAX_QUERY_CHARS }));
    await notice.waitFor();
    expect((await page.locator('#search-page-input').inputValue()).length).toBe(MAX_QUERY_CHARS);
    await shot(page, 'daily-search-cut');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Shorter: the notice goes. Typed or pasted up to the limit: it comes back.
    await page.locator('#search-page-input').fill('travail forcé');
    await expect.poll(() => notice.count()).toBe(0);
    await page.locator('#search-page-input').fill('');
    await page.locator('#search-page-input').focus();
    await page.keyboard.insertText(long);
    await notice.waitFor();
    await page.close();
  });
});
