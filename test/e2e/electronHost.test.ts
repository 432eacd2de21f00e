import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SettingsPage } from './pages/settingsPage';
import { ShellPage } from './pages/shellPage';
import { screenshotPath, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

// The renderer as Electron runs it: a stand-in for the preload bridge is installed before the page's
// own scripts, so the Electron platform implementation is the one in use.
const app = useBrowserApp();

/** A preload bridge that answers `app:info` as a portable Dalili on a USB stick would, and records each call. */
async function installPortableBridge(page: Page): Promise<void> {
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
}

const bridgeCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bridgeCalls: string[] }).__bridgeCalls);

describe('running inside Electron (bridge stand-in)', () => {
  it('uses the bridge for app info and reminds to quit before unplugging in portable mode', async () => {
    const page = await app.newPage();
    await installPortableBridge(page);
    const settings = new SettingsPage(page, app);
    const shell = new ShellPage(page, app);
    await settings.goTo();
    await expect.poll(() => shell.footerText()).toContain(fr('pages.settings.portable'));
    await settings.dataFolder('E:\\Dalili\\DaliliData').waitFor();
    await settings.appVersion('9.9.9').waitFor();
    expect(await bridgeCalls(page)).toContain('app:info');
    await page.screenshot({ path: screenshotPath('settings-fr-portable') });
    await page.close();
  });

  it('shows no portable reminder in the browser', async () => {
    const page = await app.newPage();
    const settings = new SettingsPage(page, app);
    await settings.goTo();
    await settings.dataInBrowser.waitFor();
    expect(await new ShellPage(page, app).footerText()).not.toContain(fr('pages.settings.portable'));
    await page.close();
  });
});
