import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildPack, type SigningKey } from '../../build/content/buildPack';
import { compileContent, type CompiledContent } from '../../build/content/compileContent';
import { readContentDir } from '../../build/content/readContentDir';
import { writePackFile } from '../../renderer/core/content/packFile';
import { formatDate } from '../../renderer/ui/i18n/formatDate';
import { translate } from '../../renderer/ui/i18n/translate';
import { DEV_SIGNING_KEY } from '../unit/content/packHelpers';
import { REPO_ROOT, screenshotPath, useBrowserApp } from './support/browserApp';

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

async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: translate('fr', 'content.update.choose') }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

const current = (version: number) =>
  translate('fr', 'content.packVersion', {
    version,
    validAsOf: formatDate('fr', real.documents.map((d) => d.validAsOf).sort()[0]!),
  });

beforeAll(async () => {
  const manifest = (await import(path.join(REPO_ROOT, 'out/web/pack/manifest.json'), {
    with: { type: 'json' },
  })) as { default: { packVersion: number } };
  bundledVersion = manifest.default.packVersion;
});

describe('content update from a USB stick', () => {
  it('verifies a newer pack, shows what changes, activates it, keeps it after a restart, and can go back', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#/parametres`);
    await page.getByText(current(bundledVersion)).waitFor();

    await importFile(page, 'dalili-contenu.dalili-pack', await packFile(bundledVersion + 1, retitled()));
    await page
      .getByText(
        translate('fr', 'content.update.previewTitle', { from: bundledVersion, to: bundledVersion + 1 }),
      )
      .waitFor();
    expect(await page.getByText(translate('fr', 'content.update.changed', { count: 1 })).count()).toBe(1);
    // Who vouches for it, from its certificate, before activation.
    expect(
      await page
        .getByText(
          translate('fr', 'trust.signedBy', {
            publisher: 'Dalili (développement)',
            keyId: 'dalili-dev-publisher',
          }),
        )
        .count(),
    ).toBe(1);
    const validity = translate('fr', 'trust.validity', {
      from: formatDate('fr', '2026-01-01'),
      until: formatDate('fr', '2036-12-31'),
      created: formatDate('fr', '2026-11-29'),
    });
    expect(await page.getByText(validity).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('content-update-preview-fr'), fullPage: true });
    await page.getByRole('button', { name: translate('fr', 'content.update.activate') }).click();
    await page
      .getByText(translate('fr', 'content.update.activated', { version: bundledVersion + 1 }))
      .waitFor();

    await page.reload();
    await page.getByText(current(bundledVersion + 1)).waitFor();
    expect(await page.getByText(translate('fr', 'content.update.sourceImported')).count()).toBe(1);

    await page.getByRole('button', { name: translate('fr', 'content.update.revert') }).click();
    await page.getByText(current(bundledVersion)).waitFor();
    await page.reload();
    await page.getByText(current(bundledVersion)).waitFor();
    // Going back on purpose is not reported as a pack removed behind the person's back.
    expect(
      await page
        .getByText(
          translate('fr', 'trust.rolledBack', { highest: bundledVersion + 1, current: bundledVersion }),
        )
        .count(),
    ).toBe(0);
    await page.close();
  });

  it('refuses a damaged, an older and a foreign file, and the library in use does not change', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#/parametres`);
    await page.getByText(current(bundledVersion)).waitFor();
    const good = await packFile(bundledVersion + 1);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0x01;
    const cases: [string, Buffer, string][] = [
      ['abime.dalili-pack', damaged, 'content.error.hash-mismatch'],
      ['ancien.dalili-pack', await packFile(bundledVersion), 'content.error.same-version'],
      ['photo.dalili-pack', Buffer.from('\xff\xd8\xff\xe0 pas une bibliothèque'), 'content.error.not-a-pack'],
      ['coupe.dalili-pack', good.subarray(0, good.length - 5000), 'content.error.truncated'],
    ];
    for (const [name, bytes, reason] of cases) {
      await importFile(page, name, bytes);
      const expected = translate('fr', 'content.update.refused', {
        reason: translate('fr', reason as 'content.error.truncated'),
      });
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toBe(expected);
      expect(await page.getByText(current(bundledVersion)).count(), name).toBe(1);
    }
    await page.screenshot({ path: screenshotPath('content-update-refused-fr'), fullPage: true });
    await page.close();
  });
});
