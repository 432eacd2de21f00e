// A person's ways to be reached (issue 19): two phone numbers and an e-mail, typed as people type
// them, refused with a French message when wrong (the form keeps what was typed), stored in E.164
// and shown grouped, still there after the notebook is locked and the case opened again.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../renderer/ui/i18n/translate';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';

const app = useBrowserApp();

type Key = Parameters<typeof translate>[1];
const fr = (key: Key, params?: Parameters<typeof translate>[2]) => translate('fr', key, params);
const NAME = 'Bureau Uvira';
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const YEAR = new Date().getFullYear();
const NUMBER = `UVI-${YEAR}-0001`;

const section = (page: Page, key: Key) =>
  page
    .getByRole('navigation', { name: fr('cases.view.sections') })
    .getByRole('button', { name: fr(key), exact: true });

async function createNotebookWithCase(page: Page): Promise<void> {
  await page.goto(`${app.url}#/dossiers`);
  await page.getByRole('button', { name: fr('vault.chooser.create') }).click();
  await page.getByLabel(fr('vault.create.nameLabel')).fill(NAME);
  await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(fr('vault.create.confirmLabel')).fill(PASSPHRASE);
  await page.getByText(fr('vault.strength.ok')).waitFor();
  await page.getByRole('button', { name: fr('vault.create.submit') }).click();
  await page.getByLabel(fr('vault.recovery.confirm')).check({ timeout: 60_000 });
  await page.getByRole('button', { name: fr('vault.recovery.continue') }).click();
  await page.getByRole('button', { name: fr('cases.list.new') }).click();
  await page.getByLabel(fr('cases.form.prefix')).fill('uvi');
  await page.getByLabel(fr('cases.form.openedOn')).fill(`${YEAR}-01-05`);
  await page.getByLabel(fr('cases.form.province')).fill('Sud-Kivu');
  await page.getByLabel(fr('cases.form.territory')).fill('Uvira');
  await page.getByLabel(fr('cases.form.summary')).fill('Adolescente recrutée pour le tri du minerai.');
  await page.getByRole('button', { name: fr('cases.form.create') }).click();
  await page.getByRole('heading', { name: NUMBER }).waitFor();
}

const grouped = ['+243 812 345 678', '+250 788 123 456', 'amani.kivu@exemple.org'];

describe('a person’s phones and e-mail', () => {
  it('refuses a wrong number or address, keeps the form, stores E.164 and shows the numbers grouped after reopening', async () => {
    const page = await app.newPage();
    await createNotebookWithCase(page);
    await section(page, 'cases.section.persons').click();
    await page.getByRole('button', { name: fr('cases.persons.add') }).click();
    await page.getByLabel(fr('cases.person.initials')).fill('A. K.');
    await page.getByLabel(fr('cases.person.consent')).check();
    await page.getByLabel(fr('cases.person.phone'), { exact: true }).fill('0812345678');
    await page.getByLabel(fr('cases.person.phone2')).fill('+250 788 12');
    await page.getByLabel(fr('cases.person.email')).fill('amani.kivu@exemple');
    await page.getByRole('button', { name: fr('cases.person.save') }).click();
    await page.getByText(fr('cases.form.errorsHeading')).waitFor();
    await page.getByText(fr('cases.error.phone-wrong-length')).waitFor();
    await page.getByText(fr('cases.error.email-invalid')).waitFor();
    // Nothing typed is lost: the person corrects only what is wrong.
    expect(await page.getByLabel(fr('cases.person.phone'), { exact: true }).inputValue()).toBe('0812345678');
    expect(await page.getByLabel(fr('cases.person.initials')).inputValue()).toBe('A. K.');
    await page.getByLabel(fr('cases.person.phone2')).scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('person-contact-errors') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel(fr('cases.person.phone2')).fill('+250 788 123 456');
    await page.getByLabel(fr('cases.person.email')).fill('amani.kivu@exemple.org');
    await page.getByRole('button', { name: fr('cases.person.save') }).click();
    for (const text of grouped) await page.getByText(text, { exact: true }).waitFor();

    // Lock, unlock, open the case again: what was saved is what comes back.
    await page.keyboard.press('Control+Shift+L');
    await page.getByRole('button', { name: NAME, exact: true }).click();
    await page.getByLabel(fr('vault.passphrase.label'), { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: fr('vault.unlock.submit'), exact: true }).click();
    await page.getByRole('button', { name: NUMBER }).click({ timeout: 60_000 });
    await section(page, 'cases.section.persons').click();
    for (const text of grouped) await page.getByText(text, { exact: true }).waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('person-contact-saved') });
    await page.getByRole('button', { name: `${fr('cases.persons.edit')} V-01` }).click();
    expect(await page.getByLabel(fr('cases.person.phone'), { exact: true }).inputValue()).toBe(
      '+243 812 345 678',
    );
    expect(await page.getByLabel(fr('cases.person.phone2')).inputValue()).toBe('+250 788 123 456');
  });
});
