// Issue 20, point 3 (the import half): a .dalili-delta from a USB stick, as an office receives it.
// The delta is published with the workshop's own API (publishPack, the committed test publisher key
// file) against the pack this build ships, with a clearly fictional official text keyed into one
// article; Paramètres rebuilds and checks the full library, shows what changed entry by entry, and
// keeps it after a restart. A tampered delta, a delta on another base and a delta signed by an unknown
// publisher are refused with the library in use unchanged.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_ROOT } from '../../renderer/core/content/devTrustRoots';
import { loadPack, type LoadedPack } from '../../renderer/core/content/loadPack';
import { openPublisherKey, publishPack } from '../../renderer/core/workshop';
import { buildDelta, tamperedText, withOfficialText } from '../fixtures/workshop/hostileDeltas';
import { devKeyFileBytes, TEST_PASSPHRASE } from '../fixtures/workshop/testKey';
import { makeKey } from '../unit/content/packHelpers';
import { ContentUpdatePage } from './pages/contentUpdatePage';
import { screenshotPath, useBrowserApp, WEB_ROOT } from './support/browserApp';
import { fr, type Key } from './support/words';

const app = useBrowserApp();
const CREATED_AT = '2026-12-05T08:00:00.000Z';
let bundled: LoadedPack;
let delta: Buffer;
let heading: string;
let previousLevel: 'officiel' | 'concordant' | 'a-verifier';
let validAsOf: string;

beforeAll(async () => {
  bundled = await loadPack(
    (name) => Promise.resolve(new Uint8Array(readFileSync(path.join(WEB_ROOT, 'pack', name)))),
    { trustedKeys: [DEV_ROOT], allowDevKeys: true },
  );
  validAsOf = bundled.manifest.validAsOf;
  const edited = withOfficialText(bundled);
  const entry = bundled.entriesById.get(edited.entryId)!;
  heading = entry.heading;
  previousLevel = entry.verification.status;
  const signer = await openPublisherKey(devKeyFileBytes(), TEST_PASSPHRASE);
  const published = await publishPack({
    base: bundled,
    documents: edited.documents,
    entries: edited.entries,
    signer,
    mode: 'delta',
    packVersion: bundled.manifest.packVersion + 1,
    createdAt: CREATED_AT,
  });
  signer.forget();
  delta = Buffer.from(published.bytes);
}, 120_000);

describe('a delta update from a USB stick', () => {
  it('is rebuilt and checked, shows the official text added entry by entry, is activated and kept after a restart', async () => {
    const version = bundled.manifest.packVersion;
    const settings = new ContentUpdatePage(await app.newPage(), app);
    await settings.open();
    await settings.packInUse(version, validAsOf).waitFor();

    await settings.choosePack(`dalili-contenu-v${version + 1}-depuis-v${version}.dalili-delta`, delta);
    await settings.preview(version, version + 1).waitFor();
    expect(await settings.page.getByText(fr('content.delta.kind', { base: version })).count()).toBe(1);
    const fields = [
      fr('content.update.field.official-added'),
      fr('content.update.field.level', {
        from: fr(`library.verification.${previousLevel}` as Key),
        to: fr('library.verification.officiel'),
      }),
    ].join(', ');
    expect(
      await settings.page.getByText(fr('content.update.entryChanged', { label: heading, fields })).count(),
    ).toBe(1);
    expect(await settings.changedDocuments(1).count()).toBe(1);
    await settings.page.setViewportSize({ width: 1366, height: 768 });
    await settings.page.getByText(fr('content.delta.kind', { base: version })).scrollIntoViewIfNeeded();
    await settings.page.screenshot({ path: screenshotPath('delta-import-preview-fr') });
    await settings.activate(version + 1);

    await settings.restart();
    await settings.packInUse(version + 1, validAsOf).waitFor();
    expect(await settings.importedSource.count()).toBe(1);
    await settings.page.close();
  });

  it('refuses a tampered delta, a delta on another base and one signed by an unknown publisher: the library in use does not change', async () => {
    const version = bundled.manifest.packVersion;
    const settings = new ContentUpdatePage(await app.newPage(), app);
    await settings.open();
    await settings.packInUse(version, validAsOf).waitFor();
    // A pack of the same version but another date: its manifest, so its hash, differs from the one in use.
    const otherBase = { ...bundled, manifestSha256: '0'.repeat(64) };
    const otherDelta = await buildDelta({
      base: otherBase,
      next: withOfficialText(bundled),
      key: makeKey('editeur-essai').signing,
      packVersion: version + 1,
      createdAt: CREATED_AT,
    });
    const unknown = await buildDelta({
      base: bundled,
      next: withOfficialText(bundled),
      key: makeKey('editeur-inconnu').signing,
      packVersion: version + 1,
      createdAt: CREATED_AT,
    });
    const cases: [string, Uint8Array, Key][] = [
      ['modifie.dalili-delta', tamperedText(delta), 'content.error.hash-mismatch'],
      ['autre-base.dalili-delta', otherDelta, 'content.error.wrong-base'],
      ['inconnu.dalili-delta', unknown, 'content.error.untrusted-key'],
      ['coupe.dalili-delta', delta.subarray(0, delta.length - 50), 'content.error.truncated'],
    ];
    for (const [name, bytes, reason] of cases) {
      await settings.choosePack(name, Buffer.from(bytes));
      await expect
        .poll(() => settings.alertText(), { timeout: 20_000 })
        .toBe(ContentUpdatePage.refusal(reason));
      expect(await settings.packInUse(version, validAsOf).count(), name).toBe(1);
    }
    await settings.page.screenshot({ path: screenshotPath('delta-import-refused-fr') });
    await settings.page.close();
  });
});
