import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack, type SigningKey } from '../../build/content/buildPack';
import { compileContent, type CompiledContent } from '../../build/content/compileContent';
import { readContentDir } from '../../build/content/readContentDir';
import { writePackFile } from '../../renderer/core/content/packFile';
import { DEV_SIGNING_KEY } from '../unit/content/packHelpers';
import { ContentUpdatePage } from './pages/contentUpdatePage';
import { REPO_ROOT, screenshotPath, useBrowserApp } from './support/browserApp';
import type { Key } from './support/words';

const app = useBrowserApp();
let bundledVersion: number;
const real = compileContent(readContentDir(path.join(REPO_ROOT, 'content')));

async function packFile(
  packVersion: number,
  content: CompiledContent = real,
  key: SigningKey = DEV_SIGNING_KEY,
) {
  const built = await buildPack(content, { packVersion, createdAt: '2026-11-29T10:00:00.000Z', key });
  return Buffer.from(writePackFile(built.parts));
}

function retitled(): CompiledContent {
  const content = structuredClone(real);
  content.documents[0]!.title.fr += ' (mise à jour de test)';
  return content;
}

// A pack is « à jour au » its oldest document’s date; the shipped pack and the test’s packs hold the same ones.
const validAsOf = real.documents.map((d) => d.validAsOf).sort()[0]!;

beforeAll(async () => {
  const manifest = (await import(path.join(REPO_ROOT, 'out/web/pack/manifest.json'), {
    with: { type: 'json' },
  })) as { default: { packVersion: number } };
  bundledVersion = manifest.default.packVersion;
});

describe('content update from a USB stick', () => {
  it('verifies a newer pack, shows what changes, activates it, keeps it after a restart, and can go back', async () => {
    const settings = new ContentUpdatePage(await app.newPage(), app);
    await settings.open();
    await settings.packInUse(bundledVersion, validAsOf).waitFor();

    await settings.choosePack('dalili-contenu.dalili-pack', await packFile(bundledVersion + 1, retitled()));
    await settings.preview(bundledVersion, bundledVersion + 1).waitFor();
    expect(await settings.changedDocuments(1).count()).toBe(1);
    // Who vouches for it, from its certificate, before activation.
    expect(await settings.signedBy('Dalili (développement)', 'dalili-dev-publisher').count()).toBe(1);
    expect(await settings.validity('2026-01-01', '2036-12-31', '2026-11-29').count()).toBe(1);
    await settings.page.screenshot({ path: screenshotPath('content-update-preview-fr'), fullPage: true });
    await settings.activate(bundledVersion + 1);

    await settings.restart();
    await settings.packInUse(bundledVersion + 1, validAsOf).waitFor();
    expect(await settings.importedSource.count()).toBe(1);

    await settings.revert();
    await settings.packInUse(bundledVersion, validAsOf).waitFor();
    await settings.restart();
    await settings.packInUse(bundledVersion, validAsOf).waitFor();
    // Going back on purpose is not reported as a pack removed behind the person's back.
    expect(await settings.rolledBack(bundledVersion + 1, bundledVersion).count()).toBe(0);
    await settings.page.close();
  });

  it('refuses a damaged, an older and a foreign file, and the library in use does not change', async () => {
    const settings = new ContentUpdatePage(await app.newPage(), app);
    await settings.open();
    await settings.packInUse(bundledVersion, validAsOf).waitFor();
    const good = await packFile(bundledVersion + 1);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0x01;
    const cases: [string, Buffer, Key][] = [
      ['abime.dalili-pack', damaged, 'content.error.hash-mismatch'],
      ['ancien.dalili-pack', await packFile(bundledVersion), 'content.error.same-version'],
      ['photo.dalili-pack', Buffer.from('\xff\xd8\xff\xe0 pas une bibliothèque'), 'content.error.not-a-pack'],
      ['coupe.dalili-pack', good.subarray(0, good.length - 5000), 'content.error.truncated'],
    ];
    for (const [name, bytes, reason] of cases) {
      await settings.choosePack(name, bytes);
      await expect
        .poll(() => settings.alertText(), { timeout: 10_000 })
        .toBe(ContentUpdatePage.refusal(reason));
      expect(await settings.packInUse(bundledVersion, validAsOf).count(), name).toBe(1);
    }
    await settings.page.screenshot({ path: screenshotPath('content-update-refused-fr'), fullPage: true });
    await settings.page.close();
  });
});
