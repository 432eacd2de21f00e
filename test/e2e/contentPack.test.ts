import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { translate } from '../../renderer/ui/i18n/translate';
import { ContentUpdatePage } from './pages/contentUpdatePage';
import { useBrowserApp, WEB_ROOT } from './support/browserApp';

const app = useBrowserApp();
const manifest = JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack', 'manifest.json'), 'utf8')) as {
  packVersion: number;
  validAsOf: string;
};

describe('bundled content pack in the browser', () => {
  it('is verified and its version shown in Settings', async () => {
    const settings = new ContentUpdatePage(await app.newPage(), app);
    await settings.open();
    // The bundled pack has grown (issue 14): verifying it can take more than the default second on a loaded machine.
    await expect
      .poll(() => settings.packInUse(manifest.packVersion, manifest.validAsOf).count(), { timeout: 15_000 })
      .toBe(1);
    await settings.page.close();
  });

  it.each([
    ['entries.json', 'content.error.hash-mismatch'],
    ['manifest.json', 'content.error.signature-invalid'],
  ] as const)(
    'refuses a pack whose %s was changed on disk, with a translated reason',
    async (part, message) => {
      const page = await app.newPage();
      await page.route(`**/pack/${part}`, async (route) => {
        const response = await route.fetch();
        const body = Buffer.from(await response.body());
        // One flipped byte in the middle of the part: the kind of damage a bad USB stick does.
        const middle = Math.floor(body.length / 2);
        body[middle] = body[middle]! ^ 0x01;
        await route.fulfill({ response, body });
      });
      const settings = new ContentUpdatePage(page, app);
      await settings.open();
      await expect.poll(() => settings.alertText()).toContain(translate('fr', message));
      expect(await settings.packInUse(manifest.packVersion, manifest.validAsOf).count()).toBe(0);
      await page.close();
    },
  );
});
