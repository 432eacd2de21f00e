// Dates follow the interface language (day/month/year), not the computer's locale: the browser here runs with
// an American locale, where Chromium's own date field would ask for mm/dd/yyyy. An impossible date is refused
// with a message and the form keeps everything typed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../renderer/ui/i18n/translate';
import { screenshotPath, useBrowserApp } from './support/browserApp';

const app = useBrowserApp();

type Key = Parameters<typeof translate>[1];
const fr = (key: Key, params?: Parameters<typeof translate>[2]) => translate('fr', key, params);
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const YEAR = new Date().getFullYear();

async function createNotebook(page: Page): Promise<void> {
  await page.goto(`${app.url}#/dossiers`);
  await page.getByRole('button', { name: fr('vault.chooser.create') }).click();
  await page.getByLabel(fr('vault.create.nameLabel')).fill('Dates');
  await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(fr('vault.create.confirmLabel')).fill(PASSPHRASE);
  await page.getByText(fr('vault.strength.ok')).waitFor();
  await page.getByRole('button', { name: fr('vault.create.submit') }).click();
  await page.getByLabel(fr('vault.recovery.confirm')).check({ timeout: 60_000 });
  await page.getByRole('button', { name: fr('vault.recovery.continue') }).click();
  await page.getByRole('button', { name: fr('cases.list.new') }).waitFor({ timeout: 30_000 });
}

describe('dates in the interface language', () => {
  it('asks dd/mm/yyyy on an en-US computer, refuses 31/02 with a message and keeps the form', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-US',
      timezoneId: 'America/New_York',
    });
    const page = await app.newPage({ context });
    await createNotebook(page);

    await page.getByRole('button', { name: fr('cases.list.new') }).click();
    const opened = page.getByLabel(fr('cases.form.openedOn'));
    expect(await opened.getAttribute('type')).toBe('text');
    expect(await opened.getAttribute('placeholder')).toBe('jj/mm/aaaa');
    await page.getByLabel(fr('cases.form.prefix')).fill('bkv');
    await page.getByLabel(fr('cases.form.province')).fill('Sud-Kivu');
    await page.getByLabel(fr('cases.form.summary')).fill('Signalement reçu au bureau.');
    await opened.fill(`31/02/${YEAR}`);
    await page.getByLabel(fr('cases.form.incidentOn')).fill('12/13/2025');
    await page.getByRole('button', { name: fr('cases.form.create') }).click();

    await page.getByText(fr('cases.form.errorsHeading')).waitFor();
    expect(await page.getByText(fr('cases.error.date-invalid')).count()).toBe(2);
    expect(await opened.getAttribute('aria-invalid')).toBe('true');
    // Nothing typed is lost, nothing is saved.
    expect(await opened.inputValue()).toBe(`31/02/${YEAR}`);
    expect(await page.getByLabel(fr('cases.form.summary')).inputValue()).toBe('Signalement reçu au bureau.');
    expect(await page.getByRole('heading', { name: `BKV-${YEAR}-0001` }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('dates-fr-impossible-date') });

    await opened.fill(`5/1/${YEAR}`);
    await page.getByLabel(fr('cases.form.incidentOn')).fill('');
    await page.getByRole('button', { name: fr('cases.form.create') }).click();
    await page.getByRole('heading', { name: `BKV-${YEAR}-0001` }).waitFor();
    await page.getByText(fr('cases.view.opened', { date: `5 janvier ${YEAR}` })).waitFor();

    // The status date shows the day first in English too, and a bad day is named at once.
    await page.locator('#banner-language').selectOption('en');
    const statusOn = page.getByLabel(translate('en', 'cases.status.on'));
    expect(await statusOn.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await statusOn.fill(`30/02/${YEAR}`);
    await statusOn.blur();
    await page.getByText(translate('en', 'dates.invalid')).waitFor();
    await page.locator('#banner-language').selectOption('sw');
    expect(await page.getByLabel(translate('sw', 'cases.status.on')).getAttribute('placeholder')).toBe(
      'ss/mm/mmmm',
    );
    await page.locator('#banner-language').selectOption('fr');
    await context.close();
  });
});
