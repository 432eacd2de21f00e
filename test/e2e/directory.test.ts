import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../renderer/ui/i18n/translate';
import { REPO_ROOT, screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';

// The Orientation page: guidelines and actor types from the pack, and the office's own directory
// kept in IndexedDB, with its export and import (bad files included).

const app = useBrowserApp();
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/directory');
const fr = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('fr', key, params);
const NOTHING_CHANGED = 'Rien n’a été modifié.';

async function openDirectory(page: Page): Promise<void> {
  await page.goto(`${app.url}#/orientation/repertoire`);
  await page.getByRole('heading', { name: fr('directory.title') }).waitFor();
}

async function importFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: fr('directory.import.button') }).click();
  await (await chooser).setFiles(file);
}

const rows = (page: Page) => page.locator('.contact-table tbody tr');

describe('Orientation page', () => {
  it('shows the referral guidelines and the types of actors from the pack, as bookmarkable parts', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#/orientation`);
    await page.locator('.guideline').first().waitFor();
    expect(await page.locator('.guideline').count()).toBeGreaterThanOrEqual(1);
    const step = page.locator('.steps details').first();
    await step.locator('summary').click();
    expect(await step.locator('a[href^="#/bibliotheque/"]').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('referral-fr-guidelines') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: fr('directory.section.actors') }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/orientation/acteurs');
    await page.locator('.actor').first().waitFor();
    expect(await page.locator('.role-badge').count()).toBeGreaterThan(0);
    // The bundled actor types never carry a phone number.
    expect(await page.locator('.actor-types').textContent()).not.toMatch(/\+243\s?\d/);
    await page.screenshot({ path: screenshotPath('referral-fr-actors') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('directory: empty by default; add with phone errors explained, edit, refuse a duplicate, delete; kept after reload', async () => {
    const page = await app.newPage();
    await openDirectory(page);
    await page.getByText(fr('directory.empty')).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('directory-fr-empty') });

    await page.getByRole('button', { name: fr('directory.add') }).click();
    await page.getByLabel(fr('directory.field.name'), { exact: false }).first().fill('Agent Exemple');
    await page
      .getByLabel(fr('directory.field.organisation'), { exact: false })
      .fill('Bureau fictif de Masisi');
    const phone = page.getByLabel(fr('directory.field.phone'), { exact: false });
    await phone.fill('0812 345 67');
    await page.getByRole('button', { name: fr('directory.form.save') }).click();
    await page.getByText(fr('directory.error.phone.invalid')).waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('phone');
    await page.screenshot({ path: screenshotPath('directory-fr-phone-error') });
    await phone.fill('+999 812 345');
    await page.getByRole('button', { name: fr('directory.form.save') }).click();
    await page.getByText(fr('directory.error.phone.unknown-country')).waitFor();
    await page.getByLabel(fr('directory.field.email'), { exact: false }).fill('permanence@');
    await page.getByRole('button', { name: fr('directory.form.save') }).click();
    await page.getByText(fr('directory.error.email')).waitFor();
    expect(await rows(page).count()).toBe(0);

    // The local form, a Rwandan second number and an e-mail: stored in E.164, shown grouped.
    await phone.fill('0812345678');
    await page.getByLabel(fr('directory.field.phone2'), { exact: false }).fill('00250 788 123 456');
    await page.getByLabel(fr('directory.field.email'), { exact: false }).fill('permanence@exemple.org');
    await page.getByLabel(fr('directory.field.province'), { exact: false }).fill('Nord-Kivu');
    await page.getByLabel(fr('directory.field.territory'), { exact: false }).fill('Masisi');
    await page.getByRole('button', { name: fr('directory.form.save') }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toContain('+243 812 345 678');
    expect(await rows(page).first().textContent()).toContain('+250 788 123 456');
    expect(await rows(page).first().textContent()).toContain('permanence@exemple.org');
    expect(await rows(page).first().locator('a[href="tel:+250788123456"]').count()).toBe(1);

    await page
      .getByRole('button', { name: fr('directory.table.editLabel', { name: 'Agent Exemple' }) })
      .click();
    await page.getByLabel(fr('directory.field.role'), { exact: false }).fill('Permanence du samedi');
    await page.getByRole('button', { name: fr('directory.form.save') }).click();
    await expect.poll(() => rows(page).first().textContent()).toContain('Permanence du samedi');

    await page.getByRole('button', { name: fr('directory.add') }).click();
    await page.getByLabel(fr('directory.field.name'), { exact: false }).first().fill('agent  EXEMPLE');
    await page.getByLabel(fr('directory.field.organisation'), { exact: false }).fill('Autre bureau');
    await page.getByLabel(fr('directory.field.phone'), { exact: false }).fill('+243812345678');
    await page.getByRole('button', { name: fr('directory.form.save') }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(fr('directory.error.duplicate'));
    await page.getByRole('button', { name: fr('directory.form.cancel') }).click();

    await page.reload();
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('directory-fr-one-contact') });

    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .getByRole('button', { name: fr('directory.table.deleteLabel', { name: 'Agent Exemple' }) })
      .click();
    await expect.poll(() => rows(page).count()).toBe(0);
    await page.close();
  });

  it('directory: exports a marked, versioned file and imports it into another office; bad files change nothing', async () => {
    const page = await app.newPage();
    await openDirectory(page);
    await importFile(page, path.join(FIXTURES, 'valid.json'));
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe(fr('directory.import.done', { added: 2, duplicates: 1 }));
    expect(await rows(page).count()).toBe(2);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: fr('directory.export.button') }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      format: string;
      version: number;
      contacts: { phone: string }[];
    };
    expect(exported).toMatchObject({ format: 'dalili-directory', version: 1 });
    expect(exported.contacts.map((c) => c.phone).sort()).toEqual(['+243800000001', '+243800000002']);

    const oversized = path.join(mkdtempSync(path.join(tmpdir(), 'dalili-dir-')), 'enorme.json');
    writeFileSync(oversized, ' '.repeat(1024 * 1024 + 10));
    const bad: [string, string][] = [
      ['bad-malformed.json', fr('directory.import.not-json')],
      ['bad-wrong-marker.json', fr('directory.import.wrong-format')],
      ['bad-wrong-version.json', fr('directory.import.unsupported-version')],
      ['bad-too-many.json', fr('directory.import.too-many', { max: 1000 })],
      [
        'bad-missing-fields.json',
        'Contact n° 1 du fichier, Organisation ou service : Ce champ est obligatoire.',
      ],
      ['bad-phone.json', `Contact n° 2 du fichier, Téléphone : ${fr('directory.error.phone.invalid')}`],
      [oversized, fr('directory.import.too-large')],
    ];
    for (const [file, message] of bad) {
      await importFile(page, path.isAbsolute(file) ? file : path.join(FIXTURES, file));
      await expect.poll(() => page.getByRole('alert').textContent(), { message: file }).toContain(message);
      expect(await page.getByRole('alert').textContent()).toContain(NOTHING_CHANGED);
      expect(await rows(page).count(), file).toBe(2);
    }
    await page.screenshot({ path: screenshotPath('directory-fr-import-refused') });

    // Another office (a fresh browser profile) imports the exported file.
    const other = await app.newPage();
    await openDirectory(other);
    await importFile(other, await (await download).path());
    await expect.poll(() => rows(other).count()).toBe(2);
    expect(await seriousAxeViolations(other)).toEqual([]);
    await other.screenshot({ path: screenshotPath('directory-fr-imported') });
    await other.close();
    await page.close();
  });

  it('directory: can be used with the keyboard alone', async () => {
    const page = await app.newPage();
    await openDirectory(page);
    await page.getByRole('button', { name: fr('directory.add') }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
    await page.keyboard.type('Agent Clavier');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bureau fictif');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.type('99 000 0001');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toContain('+243 990 000 001');
    await page.close();
  });
});
