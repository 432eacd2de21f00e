import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryPage } from './pages/directoryPage';
import { REPO_ROOT, screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

// The Orientation page: guidelines and actor types from the pack, and the office's own directory
// kept in IndexedDB, with its export and import (bad files included).

const app = useBrowserApp();
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/directory');
const NOTHING_CHANGED = 'Rien n’a été modifié.';

describe('Orientation page', () => {
  it('shows the referral guidelines and the types of actors from the pack, as bookmarkable parts', async () => {
    const orientation = new DirectoryPage(await app.newPage(), app);
    const { page } = orientation;
    await orientation.openGuidelines();
    expect(await orientation.guidelines.count()).toBeGreaterThanOrEqual(1);
    const step = await orientation.unfoldFirstStep();
    expect(await orientation.libraryLinks(step).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('referral-fr-guidelines') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await orientation.goToActors();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/orientation/acteurs');
    expect(await orientation.roleBadges.count()).toBeGreaterThan(0);
    // The bundled actor types never carry a phone number.
    expect(await orientation.actorTypesText()).not.toMatch(/\+243\s?\d/);
    await page.screenshot({ path: screenshotPath('referral-fr-actors') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('directory: empty by default; add with phone errors explained, edit, refuse a duplicate, delete; kept after reload', async () => {
    const directory = new DirectoryPage(await app.newPage(), app);
    const { page, rows } = directory;
    await directory.openDirectory();
    await directory.emptyNotice.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('directory-fr-empty') });

    await directory.startContact();
    await directory.fillContact({
      name: 'Agent Exemple',
      organisation: 'Bureau fictif de Masisi',
      phone: '0812 345 67',
    });
    await directory.saveContact();
    await directory.message('directory.error.phone.invalid').waitFor();
    expect(await directory.field('phone').getAttribute('aria-invalid')).toBe('true');
    expect(await directory.focusedFieldName()).toBe('phone');
    await page.screenshot({ path: screenshotPath('directory-fr-phone-error') });
    await directory.fillContact({ phone: '+999 812 345' });
    await directory.saveContact();
    await directory.message('directory.error.phone.unknown-country').waitFor();
    await directory.fillContact({ email: 'permanence@' });
    await directory.saveContact();
    await directory.message('directory.error.email').waitFor();
    expect(await rows.count()).toBe(0);

    // The local form, a Rwandan second number and an e-mail: stored in E.164, shown grouped.
    await directory.fillContact({
      phone: '0812345678',
      phone2: '00250 788 123 456',
      email: 'permanence@exemple.org',
      province: 'Nord-Kivu',
      territory: 'Masisi',
    });
    await directory.saveContact();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('+243 812 345 678');
    expect(await rows.first().textContent()).toContain('+250 788 123 456');
    expect(await rows.first().textContent()).toContain('permanence@exemple.org');
    expect(await rows.first().locator('a[href="tel:+250788123456"]').count()).toBe(1);

    await directory.editContact('Agent Exemple');
    await directory.fillContact({ role: 'Permanence du samedi' });
    await directory.saveContact();
    await expect.poll(() => rows.first().textContent()).toContain('Permanence du samedi');

    await directory.startContact();
    await directory.fillContact({
      name: 'agent  EXEMPLE',
      organisation: 'Autre bureau',
      phone: '+243812345678',
    });
    await directory.saveContact();
    await expect.poll(() => directory.alertText()).toBe(fr('directory.error.duplicate'));
    await directory.cancelContact();

    await directory.reload();
    await expect.poll(() => rows.count()).toBe(1);
    await page.screenshot({ path: screenshotPath('directory-fr-one-contact') });

    await directory.deleteContact('Agent Exemple');
    await expect.poll(() => rows.count()).toBe(0);
    await page.close();
  });

  it('directory: exports a marked, versioned file and imports it into another office; bad files change nothing', async () => {
    const directory = new DirectoryPage(await app.newPage(), app);
    const { page, rows } = directory;
    await directory.openDirectory();
    await directory.importFile(path.join(FIXTURES, 'valid.json'));
    await expect
      .poll(() => directory.statusText())
      .toBe(fr('directory.import.done', { added: 2, duplicates: 1 }));
    expect(await rows.count()).toBe(2);

    const exportedPath = await (await directory.exportFile()).path();
    const exported = JSON.parse(readFileSync(exportedPath, 'utf8')) as {
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
      await directory.importFile(path.isAbsolute(file) ? file : path.join(FIXTURES, file));
      await expect.poll(() => directory.alertText(), { message: file }).toContain(message);
      expect(await directory.alertText()).toContain(NOTHING_CHANGED);
      expect(await rows.count(), file).toBe(2);
    }
    await page.screenshot({ path: screenshotPath('directory-fr-import-refused') });

    // Another office (a fresh browser profile) imports the exported file.
    const other = new DirectoryPage(await app.newPage(), app);
    await other.openDirectory();
    await other.importFile(exportedPath);
    await expect.poll(() => other.rows.count()).toBe(2);
    expect(await seriousAxeViolations(other.page)).toEqual([]);
    await other.page.screenshot({ path: screenshotPath('directory-fr-imported') });
    await other.page.close();
    await page.close();
  });

  it('directory: can be used with the keyboard alone', async () => {
    const directory = new DirectoryPage(await app.newPage(), app);
    const { page, rows } = directory;
    await directory.openDirectory();
    await directory.addButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => directory.focusedFieldName()).toBe('name');
    await page.keyboard.type('Agent Clavier');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bureau fictif');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.type('99 000 0001');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('+243 990 000 001');
    await page.close();
  });
});
