import { describe, expect, it } from 'vitest';
import { translate } from '../../renderer/ui/i18n/translate';
import { screenshotPath, useBrowserApp } from './support/browserApp';

// The renderer as Electron runs it: a stand-in for the preload bridge is installed before the page's
// own scripts, so the Electron platform implementation is the one in use.
const app = useBrowserApp();

describe('running inside Electron (bridge stand-in)', () => {
  it('uses the bridge for app info and reminds to quit before unplugging in portable mode', async () => {
    const page = await app.newPage();
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { __bridgeCalls: string[] }).__bridgeCalls = calls;
      (window as unknown as { dalili: unknown }).dalili = {
        invoke: (channel: string) => {
          calls.push(channel);
          if (channel === 'app:info') {
            return Promise.resolve({
              appVersion: '9.9.9',
              electronVersion: '45.5.0',
              platform: 'win32',
              dataLocation: { kind: 'folder', path: 'E:\\Dalili\\DaliliData' },
              portable: true,
            });
          }
          return Promise.reject(new Error('not in this test'));
        },
        on: () => () => undefined,
      };
    });
    await page.goto(`${app.url}#/parametres`);
    const reminder = translate('fr', 'pages.settings.portable');
    await expect.poll(() => page.locator('footer').textContent()).toContain(reminder);
    await page
      .getByText(translate('fr', 'pages.settings.dataFolder', { path: 'E:\\Dalili\\DaliliData' }))
      .waitFor();
    await page.getByText(translate('fr', 'pages.settings.version', { version: '9.9.9' })).waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __bridgeCalls: string[] }).__bridgeCalls),
    ).toContain('app:info');
    await page.screenshot({ path: screenshotPath('settings-fr-portable') });
    await page.close();
  });

  it('shows no portable reminder in the browser', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#/parametres`);
    await page.getByText(translate('fr', 'pages.settings.dataBrowser')).waitFor();
    expect(await page.locator('footer').textContent()).not.toContain(
      translate('fr', 'pages.settings.portable'),
    );
    await page.close();
  });
});
