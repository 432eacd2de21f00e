// Issue 21, point 2, "Done when": Dossiers → Statistiques built on a generated notebook (restored from
// a backup made in Node), its counts checked against the generator, charts and their tables present;
// the anonymised CSV and JSON exports hold no pseudonym, note text or exact date of the cases; the
// quarterly report printed to PDF with Chromium's page.pdf() and turned into pictures (pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../renderer/core/backup/exportBackup';
import { directKdfRunner } from '../../renderer/core/crypto/deriveKey';
import { createVault } from '../../renderer/core/vault/createVault';
import { translate } from '../../renderer/ui/i18n/translate';
import { generateNotebook } from '../unit/statistics/statNotebook';
import { SettingsPage } from './pages/settingsPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';

const app = useBrowserApp();
const dir = mkdtempSync(path.join(tmpdir(), 'dalili-stats-'));
const fr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('fr', key, params);
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const MONTHS = ['2026-01', '2026-02', '2026-03'];

async function generatedBackup() {
  const env = { indexedDB: new IDBFactory(), IDBKeyRange, kdfRunner: directKdfRunner };
  const { session } = await createVault({
    name: 'Kalehe',
    passphrase: PASSPHRASE,
    kdf: { insecureTestCost: { memoryKiB: 256, iterations: 2, parallelism: 1 } },
    env,
  });
  const generated = generateNotebook(48, MONTHS, 21);
  await session.putRecords(generated.records);
  const file = path.join(dir, 'genere.dalili-backup');
  writeFileSync(file, (await exportBackup(session)).bytes);
  return { file, generated };
}

/** A table's rows as [label, count] (the first two cells), found by its caption. */
async function tableRows(page: Page, caption: string): Promise<[string, string][]> {
  const table = page
    .locator('main table')
    .filter({ has: page.locator('caption', { hasText: caption }) })
    .first();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(
      async (row) =>
        [
          (await row.locator('th').innerText()).trim(),
          (await row.locator('td').first().innerText()).trim(),
        ] as [string, string],
    ),
  );
}

describe('Dossiers → Statistiques', () => {
  it('counts a generated notebook, exports anonymised files and prints the quarterly report', async () => {
    const { file, generated } = await generatedBackup();
    const { expected, secrets } = generated;
    const page = await app.newPage();
    const settings = new SettingsPage(page, app);
    const vault = new VaultPage(page, app);
    await settings.open();
    await settings.chooseRestore(file, 'Carnet généré');
    await settings.confirmRestore();
    await page.getByText(fr('backup.restore.done', { name: 'Carnet généré' })).waitFor({ timeout: 60_000 });
    await vault.open();
    await vault.unlock({ name: 'Carnet généré', passphrase: PASSPHRASE });
    await page.getByRole('button', { name: fr('cases.list.statistics') }).click();
    await page.getByRole('heading', { name: fr('statistics.title') }).waitFor({ timeout: 60_000 });

    // The period of the generated cases, typed as a person would.
    await page.getByLabel(fr('statistics.period.from')).fill('01/2026');
    await page.getByLabel(fr('statistics.period.to')).fill('03/2026');
    await page.getByRole('button', { name: fr('statistics.period.apply') }).click();
    await page.getByText(fr('statistics.totals.cases', { count: expected.cases })).waitFor();
    await page.getByText(fr('statistics.totals.victims', { count: expected.victims })).waitFor();
    await page.getByText(fr('statistics.totals.referrals', { count: expected.referrals })).waitFor();
    const provinces = Object.fromEntries(
      (await tableRows(page, fr('statistics.dim.province'))).filter(([, n]) => n !== '0'),
    );
    expect(provinces).toEqual(
      Object.fromEntries(Object.entries(expected.by.province!).map(([name, n]) => [name, String(n)])),
    );
    const sites = Object.fromEntries(await tableRows(page, fr('statistics.dim.siteType')));
    expect(sites[fr('statistics.notFilled')]).toBe(String(expected.by.siteType!['']));
    expect(sites[fr('cases.siteType.mine-artisanale')]).toBe(
      String(expected.by.siteType!['mine-artisanale'] ?? 0),
    );
    // Three charts, each with its table one keyboard press away.
    for (const title of [
      'statistics.chart.byMonth',
      'statistics.chart.byProvince',
      'statistics.chart.byExploitation',
    ] as const)
      await page.getByRole('figure', { name: fr(title) }).waitFor();
    const monthChart = page.getByRole('figure', { name: fr('statistics.chart.byMonth') });
    await monthChart.getByRole('button', { name: fr('statistics.chart.showTable') }).focus();
    await page.keyboard.press('Enter');
    expect(await tableRows(page, fr('statistics.chart.byMonth'))).toEqual(
      MONTHS.map((m) => [`${m.slice(5)}/${m.slice(0, 4)}`, String(expected.byMonth[m])]),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('statistics-page'), fullPage: false });
    await page.getByRole('heading', { name: fr('statistics.export.title') }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('statistics-export') });

    // Anonymised exports: nothing of what identifies a case or a person.
    for (const format of ['csv', 'json'] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: fr(`statistics.export.${format}`) }).click();
      const text = readFileSync(await (await download).path(), 'utf8');
      expect(text.length).toBeGreaterThan(1000);
      for (const secret of [...secrets.pseudonyms, ...secrets.notes, ...secrets.dates])
        expect(text.includes(secret), `${format}: ${secret}`).toBe(false);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).toContain('prs_Gender');
    }
    await page.getByText(fr('statistics.journal.format.json'), { exact: false }).first().waitFor();

    // The quarterly report: A4, the period and the office on every page, numbered; no UI chrome.
    await page.getByRole('button', { name: fr('statistics.report.open') }).click();
    await page.getByLabel(fr('statistics.report.quarter')).selectOption({ label: 'T1 2026' });
    await page.getByRole('heading', { name: fr('statistics.report.heading') }).waitFor();
    await page.screenshot({ path: screenshotPath('statistics-report-screen') });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pdfFile = path.join(dir, 'rapport.pdf');
    writeFileSync(pdfFile, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftoppm')) {
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile]).toString())?.[1]);
      expect(pages).toBeGreaterThan(1);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '2',
        pdfFile,
        screenshotPath('statistics-report-pdf').replace(/\.png$/, ''),
      ]);
      const text = execFileSync('pdftotext', ['-layout', pdfFile, '-']).toString();
      // Every page carries the running line (period and office) and its number.
      expect(
        text
          .split('\f')
          .filter((p) => p.trim() !== '')
          .every((p) => p.includes('T1 2026') && p.includes('Carnet généré')),
      ).toBe(true);
      expect(text).toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`));
      expect(text).toMatch(new RegExp(`\\b${pages} ?/ ?${pages}\\b`));
      for (const secret of [...secrets.pseudonyms, ...secrets.notes])
        expect(text.includes(secret), secret).toBe(false);
      expect(text).not.toContain(fr('shell.nav.library'));
    }
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});
