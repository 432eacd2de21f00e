import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../build/content/compileContent';
import { readContentDir } from '../../build/content/readContentDir';
import { readPackContainer, writePackFile } from '../../renderer/core/content/packFile';
import { PART } from '../../renderer/core/content/packManifest';
import { serializeSignature, signManifest } from '../../renderer/core/content/packSignature';
import { libraryHref } from '../../renderer/core/library/outline';
import { tamperedText } from '../fixtures/workshop/hostileDeltas';
import { devKeyFileBytes, TEST_PASSPHRASE } from '../fixtures/workshop/testKey';
import { makePublisher, makeRoot } from '../unit/content/packHelpers';
import { ContentUpdatePage } from './pages/contentUpdatePage';
import { LibraryPage } from './pages/libraryPage';
import { WorkshopPage } from './pages/workshopPage';
import { REPO_ROOT, screenshotPath, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

// Issue 20, « Done when »: an office loads its publisher key, verifies an entry, keys a clearly fictional
// official text with its reference (pasted from a « PDF », cleaned and reviewed), publishes a delta; a
// second office (another browser profile) imports it and its reader shows the text, its reference and its
// level. A tampered delta, a delta on the wrong base and one signed by an unknown publisher are refused,
// and nothing changes.

const app = useBrowserApp();
const real = compileContent(readContentDir(path.join(REPO_ROOT, 'content')));
const paste = readFileSync(
  path.join(REPO_ROOT, 'test/fixtures/workshop-edits/fictional-jo-paste.txt'),
  'utf8',
);
const SENTENCE = 'Toute personne qui oblige un enfant à travailler dans une exploitation minière imaginaire';
const PUBLICATION = 'Journal officiel fictif de la République imaginaire (essai)';
// The workshop opens on the first law with entries « à vérifier »; the office verifies its first one.
const doc = real.documents.find(
  (d) =>
    d.kind === 'law' && real.entries.some((e) => e.docId === d.id && e.verification.status === 'a-verifier'),
)!;
const entry = real.entries.find((e) => e.docId === doc.id && e.verification.status === 'a-verifier')!;
let bundledVersion: number;
let delta: { name: string; bytes: Uint8Array };

beforeAll(() => {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'out/web/pack/manifest.json'), 'utf8')) as {
    packVersion: number;
  };
  bundledVersion = manifest.packVersion;
});

async function profile(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'fr-FR',
    acceptDownloads: true,
  });
  return { context, page: await app.newPage({ context }) };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath(name) });
}

describe('the jurists’ workshop, from the key to another office’s reader', () => {
  it('refuses a wrong passphrase and opens nothing', async () => {
    const { context, page } = await profile();
    const workshop = new WorkshopPage(page, app);
    await workshop.open();
    await workshop.openWithKey('bureau.dalili-key', devKeyFileBytes(), 'pas la bonne phrase');
    await expect
      .poll(() => workshop.alertText(), { timeout: 60_000 })
      .toBe(fr('content.publish.error.wrong-passphrase'));
    expect(await workshop.signedAs('Dalili (développement)').count()).toBe(0);
    await workshop.openWithKey('photo.dalili-key', new TextEncoder().encode('pas une clé'), TEST_PASSPHRASE);
    await expect
      .poll(() => workshop.alertText(), { timeout: 30_000 })
      .toBe(fr('content.publish.error.not-a-key-file'));
    await shot(page, 'workshop-key-refused-fr');
    await context.close();
  }, 120_000);

  it('verifies an entry, keys its official text, publishes a delta that another office imports and reads', async () => {
    const { context, page } = await profile();
    const workshop = new WorkshopPage(page, app);
    await workshop.open();
    await shot(page, 'workshop-key-fr');
    await workshop.openWithKey('bureau.dalili-key', devKeyFileBytes(), TEST_PASSPHRASE);
    await workshop.signedAs('Dalili (développement)').waitFor({ timeout: 60_000 });
    await workshop.pending(0).waitFor();

    await workshop.filter('toVerify');
    await workshop.entryButton(entry.heading).click();
    await page
      .getByText(
        fr('workshop.entry.row', { row: doc.entryIds.indexOf(entry.id) + 1, rows: doc.entryIds.length }),
      )
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'workshop-desk-fr');
    await workshop.pasteOfficialText(paste);
    await page.getByRole('heading', { name: fr('workshop.paste.title') }).waitFor();
    expect(
      await page
        .getByText(
          fr('workshop.paste.hyphenation', { count: 1, examples: '« exploita-tion → exploitation »' }),
        )
        .count(),
    ).toBe(1);
    await page.locator('.paste-review').scrollIntoViewIfNeeded();
    await shot(page, 'workshop-paste-review-fr');
    await workshop.click('workshop.paste.keep');
    expect(await page.getByLabel(fr('workshop.entry.text')).inputValue()).toContain(SENTENCE);

    // Saving without the reference says what is missing, field by field, and keeps nothing.
    await workshop.click('workshop.entry.save');
    await page.getByText(fr('workshop.entry.invalid')).waitFor();
    expect(await page.locator('#workshop-publication-error').textContent()).toBe(
      fr('workshop.error.required'),
    );
    await workshop.pending(0).waitFor();

    await workshop.fill('workshop.entry.publication', PUBLICATION);
    await workshop.fill('workshop.entry.number', 'n° 0 (fictif)');
    await workshop.fill('workshop.entry.date', '2026-01-15');
    await workshop.fill('workshop.entry.page', 'col. 7');
    await workshop.fill('workshop.entry.keyedBy', 'A. K. (bureau fictif)');
    await workshop.fill('workshop.entry.verifiedBy', 'B. M. (bureau fictif)');
    await page.getByLabel(fr('workshop.entry.level'), { exact: true }).selectOption('officiel');
    await workshop.click('workshop.entry.save');
    await page.getByText(fr('workshop.entry.saved')).waitFor();
    await workshop.pending(1).waitFor();
    await shot(page, 'workshop-entry-fr');

    // Kept encrypted: the stored bytes never hold the keyed sentence.
    const stored = await workshop.storedText();
    expect(stored.length).toBeGreaterThan(100);
    expect(stored).not.toContain('exploitation minière imaginaire');
    expect(stored).not.toContain(PUBLICATION);

    // Undo and redo, across a restart.
    await workshop.click('workshop.desk.undo');
    await workshop.pending(0).waitFor();
    await workshop.click('workshop.desk.redo');
    await workshop.pending(1).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: fr('workshop.key.title') }).waitFor();
    await workshop.openWithKey('bureau.dalili-key', devKeyFileBytes(), TEST_PASSPHRASE);
    await workshop.pending(1).waitFor({ timeout: 60_000 });

    await page.locator('#workshop-publish-title').scrollIntoViewIfNeeded();
    delta = await workshop.download('workshop.publish.go');
    expect(delta.name).toMatch(/\.dalili-delta$/);
    await page
      .getByText(
        fr('workshop.publish.signedBy', {
          publisher: 'Dalili (développement)',
          keyId: 'dalili-dev-publisher',
        }),
      )
      .waitFor();
    await page
      .locator('.success-message', {
        hasText: fr('workshop.publish.signedBy', {
          publisher: 'Dalili (développement)',
          keyId: 'dalili-dev-publisher',
        }),
      })
      .scrollIntoViewIfNeeded();
    await shot(page, 'workshop-published-fr');
    await context.close();

    // A second office imports the delta and its reader shows the text, its reference and its level.
    const second = await profile();
    const settings = new ContentUpdatePage(second.page, app);
    await settings.open();
    await settings.choosePack(delta.name, Buffer.from(delta.bytes));
    await settings.preview(bundledVersion, bundledVersion + 1).waitFor({ timeout: 60_000 });
    await shot(second.page, 'workshop-delta-import-fr');
    await settings.activate(bundledVersion + 1);
    const library = new LibraryPage(second.page, app);
    await library.openDocument(entry.docId, entry.id);
    const article = library.article(entry.id);
    await article.locator('.official-text').getByText(SENTENCE, { exact: false }).waitFor();
    const text = (await article.textContent()) ?? '';
    expect(text).toContain(PUBLICATION);
    expect(text).toContain('col. 7');
    expect(text).toContain(fr('library.verification.officiel'));
    await article.scrollIntoViewIfNeeded();
    await shot(second.page, 'workshop-reader-second-office-fr');

    // The same delta again, on the pack it produced: the wrong base, refused, nothing changed.
    await settings.open();
    await settings.choosePack(delta.name, Buffer.from(delta.bytes));
    await expect
      .poll(() => settings.alertText(), { timeout: 30_000 })
      .toBe(ContentUpdatePage.refusal('content.error.wrong-base'));
    expect(
      await settings.packInUse(bundledVersion + 1, real.documents.map((d) => d.validAsOf).sort()[0]!).count(),
    ).toBe(1);
    await second.context.close();
  }, 240_000);

  it('refuses a tampered delta and one signed by an unknown publisher, and nothing changes', async () => {
    expect(delta, 'the publishing test ran first').toBeDefined();
    const stranger = makePublisher(makeRoot('racine-inconnue'), 'editeur-inconnu', {
      publisher: 'Éditeur inconnu',
    });
    const parts = readPackContainer(delta.bytes);
    parts.set(PART.signature, serializeSignature(signManifest(parts.get(PART.manifest)!, stranger)));
    const unknown = writePackFile([...parts.entries()]);
    const { context, page } = await profile();
    const settings = new ContentUpdatePage(page, app);
    const validAsOf = real.documents.map((d) => d.validAsOf).sort()[0]!;
    await settings.open();
    for (const [name, bytes, reason] of [
      ['altere.dalili-delta', tamperedText(delta.bytes), 'content.error.hash-mismatch'],
      ['inconnu.dalili-delta', unknown, 'content.error.untrusted-key'],
    ] as const) {
      await settings.choosePack(name, Buffer.from(bytes));
      await expect
        .poll(() => settings.alertText(), { timeout: 30_000 })
        .toBe(ContentUpdatePage.refusal(reason));
      expect(await settings.packInUse(bundledVersion, validAsOf).count(), name).toBe(1);
    }
    await shot(page, 'workshop-delta-refused-fr');
    await page.goto(`${app.url}${libraryHref(entry.docId, entry.id)}`);
    const library = new LibraryPage(page, app);
    await library.article(entry.id).waitFor();
    expect(await library.article(entry.id).locator('.official-text').count()).toBe(0);
    await context.close();
  }, 120_000);
});
