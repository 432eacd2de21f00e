// Backups and transfers as a person does them, in Chromium with the app's real CSP: restore a
// backup made elsewhere as a new notebook, open it, save a backup again (same rows, byte for byte),
// refuse a damaged file with its message and nothing changed, then transfer a case to another
// notebook with a one-time code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../renderer/core/backup/backupFile';
import { exportBackup } from '../../renderer/core/backup/exportBackup';
import { directKdfRunner } from '../../renderer/core/crypto/deriveKey';
import { createVault } from '../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../renderer/core/vault/opaqueId';
import type { StoredRecord } from '../../renderer/core/vault/recordCodec';
import { formatDate } from '../../renderer/ui/i18n/formatDate';
import { translate } from '../../renderer/ui/i18n/translate';
import { SettingsPage } from './pages/settingsPage';
import { ShellPage } from './pages/shellPage';
import { VaultPage } from './pages/vaultPage';
import { REPO_ROOT, screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';
import { storedData } from './support/storedData';
import { caseFile, personPayload } from '../unit/backup/transferTestEnv';

const app = useBrowserApp();
const dir = mkdtempSync(path.join(tmpdir(), 'dalili-backup-'));
const fr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('fr', key, params);
const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const SECOND_PASSPHRASE = 'tambour cassave colline Masisi brume';

/**
 * A notebook made on "another computer" (Node, fake IndexedDB): two cases, 3 + 2 records, with the
 * payloads the case notebook writes (a transfer import checks each record against its kind's schema).
 */
async function backupFromElsewhere() {
  const clock = { now: Date.now() - 86_400_000 };
  const env = { indexedDB: new IDBFactory(), IDBKeyRange, kdfRunner: directKdfRunner, now: () => clock.now };
  const { session } = await createVault({
    name: 'Goma',
    passphrase: PASSPHRASE,
    kdf: { insecureTestCost: { memoryKiB: 256, iterations: 2, parallelism: 1 } },
    env,
  });
  const [first, second] = [newOpaqueId(), newOpaqueId()];
  const caseOf = (summary: string, seq: number) => ({
    ...caseFile(summary),
    number: { prefix: 'GOM', year: 2026, seq },
  });
  const [caseRecord] = await session.putRecords([
    { id: first, kind: 'case', caseId: first, payload: caseOf('Carrière de Rubaya', 1) },
    { kind: 'case-person', caseId: first, payload: personPayload('F.M.') },
    { kind: 'case-note', caseId: first, payload: { v: 1, at: clock.now, text: 'Entretien du 3 mars' } },
    { id: second, kind: 'case', caseId: second, payload: caseOf('Puits de Nyabibwe', 2) },
    { kind: 'case-person', caseId: second, payload: personPayload('B.K.') },
  ]);
  const backup = await exportBackup(session);
  const file = path.join(dir, backup.suggestedName);
  writeFileSync(file, backup.bytes);
  // Later, on that other computer, the case record was edited: a newer backup of the same notebook.
  clock.now += 3_600_000;
  await session.putRecord({
    id: caseRecord!.id,
    kind: 'case',
    caseId: first,
    payload: caseOf('Carrière de Rubaya (mise à jour)', 1),
  });
  const newer = path.join(dir, 'plus-recente.dalili-backup');
  writeFileSync(newer, (await exportBackup(session)).bytes);
  // The transfer screen names notebook cases by their number.
  return { file, newer, bytes: backup.bytes, first, second, firstLabel: 'GOM-2026-0001' };
}

const byId = (rows: StoredRecord[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function expectText(page: Page, text: string, shot: string): Promise<void> {
  try {
    await page.getByText(text).first().waitFor({ timeout: 60_000 });
  } catch {
    await page.screenshot({ path: screenshotPath(`${shot}-failure`), fullPage: true });
    throw new Error(
      `expected "${text}" on screen; the page shows: ${await page.locator('main').innerText()}`,
    );
  }
}

/**
 * A notebook with ten attachment records of ~1 MB (an 11 MB backup): restoring it takes several
 * batches of 4 MB, each needing several 1 MiB reads, so there is a "between batches" to cancel in.
 */
async function largeBackupFile(): Promise<string> {
  const env = { indexedDB: new IDBFactory(), IDBKeyRange, kdfRunner: directKdfRunner };
  const { session } = await createVault({
    name: 'Uvira',
    passphrase: PASSPHRASE,
    kdf: { insecureTestCost: { memoryKiB: 256, iterations: 2, parallelism: 1 } },
    env,
  });
  const caseId = newOpaqueId();
  await session.putRecords([
    { kind: 'case', caseId, payload: { title: 'Site de Kamituga' } },
    ...Array.from({ length: 10 }, (_, i) => ({
      kind: 'case-attachment-data',
      caseId,
      payload: { base64: String.fromCharCode(65 + i).repeat(1024 * 1024) },
    })),
  ]);
  const file = path.join(dir, 'grande.dalili-backup');
  writeFileSync(file, (await exportBackup(session)).bytes);
  return file;
}

describe('backups and transfers', () => {
  it('restore → unlock → same records; a damaged file is refused; a case moves to another notebook', async () => {
    const source = await backupFromElsewhere();
    const page = await app.newPage();
    const settings = new SettingsPage(page, app);
    const vault = new VaultPage(page, app);

    // Restore, with no notebook open: preview first, then a name, then the new notebook exists.
    await settings.open();
    await expectText(page, fr('backup.lockedHint'), 'backup-locked');
    await settings.chooseFile(
      fr('backup.restore.choose'),
      path.join(REPO_ROOT, 'test/fixtures/content/frozen-v1.dalili-pack'),
    );
    await expectText(page, fr('backup.error.wrong-kind'), 'backup-wrong-kind');
    await settings.chooseFile(fr('backup.restore.choose'), source.file);
    await page.getByLabel(fr('backup.restore.nameLabel')).fill('Copie Goma');
    await settings.shot('backup-restore-preview', fr('backup.restore.heading'));
    await page.getByRole('button', { name: fr('backup.restore.confirm') }).click();
    await expectText(page, fr('backup.restore.done', { name: 'Copie Goma' }), 'backup-restore');

    // Open it with the passphrase of the notebook the backup came from.
    await vault.open();
    await vault.unlock({ name: 'Copie Goma', passphrase: PASSPHRASE });
    await expectText(page, fr('vault.open.status', { name: 'Copie Goma' }), 'backup-unlock');

    // The cases are there, and a backup saved now holds the same rows, byte for byte.
    await settings.open();
    await expectText(page, source.firstLabel, 'backup-cases');
    expect(await settings.transferCases.allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining(fr('backup.transfer.caseRecords', { count: 3 })),
        expect.stringContaining(fr('backup.transfer.caseRecords', { count: 2 })),
      ]),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await settings.shot('backup-panel-open', fr('backup.title'));
    // No backup of this notebook yet on this computer; the saved file carries its name and the day.
    await expectText(page, fr('backup.last.never'), 'backup-last-never');
    const download = settings.exportBackup();
    const today = new Date().toISOString().slice(0, 10);
    expect((await download).suggestedFilename()).toBe(`dalili-copie-goma-${today}.dalili-backup`);
    const again = await decodeBackup(new Uint8Array(readFileSync(await (await download).path())));
    const original = await decodeBackup(source.bytes);
    expect(byId(again.rows)).toEqual(byId(original.rows));
    expect(again.header).toEqual(original.header);
    await expectText(page, fr('backup.export.saved', { count: 5, skipped: 0 }), 'backup-export');
    await expectText(
      page,
      fr('backup.last.on', {
        date: formatDate('fr', new Date().toISOString()),
        ago: fr('backup.last.today'),
      }),
      'backup-last',
    );

    // A damaged backup: refused with its message, and every IndexedDB value unchanged.
    const damaged = new Uint8Array(source.bytes);
    damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0x01;
    const damagedFile = path.join(dir, 'abimee.dalili-backup');
    writeFileSync(damagedFile, damaged);
    const before = await storedData(page);
    await settings.chooseFile(fr('backup.merge.choose'), damagedFile);
    await expectText(page, fr('backup.error.corrupted'), 'backup-corrupted');
    await settings.shot('backup-corrupted', fr('backup.merge.heading'));
    expect(await storedData(page)).toBe(before);

    // Merge the newer backup of the same notebook: the file's version wins, this computer's is kept
    // aside as a conflict copy; keeping the current version removes the copy.
    await settings.chooseFile(fr('backup.merge.choose'), source.newer);
    await page.getByRole('button', { name: fr('backup.merge.confirm') }).click();
    await expectText(
      page,
      fr('backup.merge.doneConflicts', { added: 0, updated: 1, conflicts: 1 }),
      'backup-merge',
    );
    await page.getByRole('heading', { name: fr('backup.conflicts.heading', { count: 1 }) }).waitFor();
    await settings.shot('backup-conflicts', fr('backup.conflicts.heading', { count: 1 }));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: fr('backup.conflicts.keepCurrent') }).click();
    await expectText(page, fr('backup.conflicts.resolved'), 'backup-resolved');
    expect(await page.getByRole('button', { name: fr('backup.conflicts.keepCurrent') }).count()).toBe(0);

    // Transfer the first case: consent, a file, and a one-time code shown once.
    await page.locator('.backup-cases label', { hasText: source.firstLabel }).getByRole('checkbox').check();
    await page.getByLabel(fr('backup.transfer.consent')).check();
    const transferDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: fr('backup.transfer.button') }).click();
    const transferFile = path.join(dir, 'transfert.dalili-transfer');
    await (await transferDownload).saveAs(transferFile);
    await page.getByRole('heading', { name: fr('backup.transfer.codeHeading') }).waitFor({ timeout: 60_000 });
    const code = (await page.locator('.backup-transfer-code span').allTextContents()).join('-');
    expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await settings.shot('backup-transfer-code', fr('backup.transfer.codeHeading'));
    await page.getByRole('button', { name: fr('backup.transfer.codeDone') }).click();

    // Another notebook on this computer receives it.
    await new ShellPage(page, app).lock();
    await page.goto(`${app.url}#/dossiers`);
    await vault.startCreating('Bukavu');
    await vault.choosePassphrase(SECOND_PASSPHRASE);
    await vault.createButton.click();
    await vault.recoveryHeading.waitFor({ timeout: 60_000 });
    await vault.confirmRecoveryKeyKept();
    await expectText(page, fr('vault.open.status', { name: 'Bukavu' }), 'backup-second');

    await settings.open();
    await expectText(page, fr('backup.transfer.noCases'), 'backup-empty');
    await settings.chooseFile(fr('backup.import.choose'), transferFile);
    const wrong = code.replace(/^..../, code.startsWith('0000') ? '1111' : '0000');
    await page.getByLabel(fr('backup.import.codeLabel')).fill(wrong);
    await page.getByRole('button', { name: fr('backup.import.preview') }).click();
    await expectText(page, fr('backup.error.transfer-code-mistyped'), 'backup-mistyped');
    await page.getByLabel(fr('backup.import.codeLabel')).fill(code.toLowerCase());
    // What the import will do is shown first (issue 18, point 2); nothing is written until confirmed.
    await page.getByRole('button', { name: fr('backup.import.preview') }).click();
    await expectText(page, fr('backup.import.newCases', { count: 1 }), 'backup-import-preview');
    expect(await settings.transferCases.count()).toBe(0);
    await page.getByRole('button', { name: fr('backup.import.confirm') }).click();
    // Four records: the case, its two journal entries from before and the "merged" entry the merge above
    // added to the case (issue 18, point 3).
    await expectText(page, fr('backup.import.done', { cases: 1, count: 4 }), 'backup-import');
    await expectText(page, source.firstLabel, 'backup-imported-case');
    expect(await settings.transferCases.count()).toBe(1);
    await settings.shot('backup-transfer-imported', fr('backup.transfer.heading'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a restore in progress shows its progress and "Annuler" leaves no new notebook', async () => {
    const file = await largeBackupFile();
    const page = await app.newPage();
    const settings = new SettingsPage(page, app);
    // The notebook list first: it creates the (empty) profile registry, so the dump below already holds it.
    await page.goto(`${app.url}#/dossiers`);
    await page.getByRole('button', { name: fr('vault.chooser.create') }).waitFor();
    await settings.open();
    await settings.chooseFile(fr('backup.restore.choose'), file);
    await page.getByLabel(fr('backup.restore.nameLabel')).fill('Copie annulée');
    const before = await storedData(page);

    // Reads are held while the restore's progress is on screen with its "Annuler": the test does not
    // race the restore, and a cancel that did nothing would let the restore finish (and fail below).
    const restoring = fr('backup.progress.restoring', { done: '', total: '' }).split('…')[0]!;
    await page.evaluate((text) => {
      const read = Object.getOwnPropertyDescriptor(Blob.prototype, 'arrayBuffer')!.value as (
        this: Blob,
      ) => Promise<ArrayBuffer>;
      Blob.prototype.arrayBuffer = async function (this: Blob) {
        while (document.body.innerText.includes(text) && document.querySelector('.backup-stop') !== null)
          await new Promise((resolve) => setTimeout(resolve, 20));
        return read.call(this);
      };
    }, restoring);
    // Started from the keyboard: the start button is then disabled, and focus must land on "Annuler".
    await page.getByRole('button', { name: fr('backup.restore.confirm') }).focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: restoring });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toMatch(/Restauration en cours… \d[\d\s\u202f]* \/ 11/);
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('backup-restore-cancel') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Focus went to "Annuler" when the step started, so Enter cancels.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('backup-stop') ?? false))
      .toBe(true);
    await page.keyboard.press('Enter');
    await expectText(page, fr('backup.error.cancelled'), 'backup-cancelled');
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: fr('backup.error.cancelled') })
        .count(),
    ).toBe(1);

    expect(await storedData(page)).toBe(before);
    await page.goto(`${app.url}#/dossiers`);
    await page.getByRole('button', { name: fr('vault.chooser.create') }).waitFor();
    expect(await page.getByRole('button', { name: 'Copie annulée' }).count()).toBe(0);
    await page.close();
  });
});
