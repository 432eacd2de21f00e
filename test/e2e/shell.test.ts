import { describe, expect, it } from 'vitest';
import { translate } from '../../renderer/ui/i18n/translate';
import { LANGUAGES } from '../../renderer/ui/i18n/languages';
import { ROUTES } from '../../renderer/ui/shell/routes';
import { SettingsPage } from './pages/settingsPage';
import { ShellPage } from './pages/shellPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';

const app = useBrowserApp();

describe('application shell', () => {
  it('walks through all six sections in all three languages', async () => {
    const shell = new ShellPage(await app.newPage(), app);
    await shell.open();
    for (const language of LANGUAGES) {
      await shell.chooseLanguage(language);
      await expect.poll(() => shell.documentLanguage()).toBe(language);
      for (const route of ROUTES) {
        const label = translate(language, route.label);
        await shell.goTo(label);
        await expect.poll(() => shell.headingText()).toBe(label);
        await expect.poll(() => shell.hash()).toBe(`#/${route.path}`);
        expect(
          await shell.page.getByRole('link', { name: label, exact: true }).getAttribute('aria-current'),
        ).toBe('page');
        await shell.page.screenshot({ path: screenshotPath(`shell-${language}-${route.id}`) });
      }
    }
    await shell.page.close();
  });

  it('keeps the chosen language after a reload', async () => {
    const page = await app.newPage();
    const shell = new ShellPage(page, app);
    await shell.open('#/parametres');
    await new SettingsPage(page, app).chooseLanguage('sw');
    await page.reload();
    await shell.menu.waitFor();
    expect(await shell.headingText()).toBe(translate('sw', 'pages.settings.title'));
    expect(await shell.documentLanguage()).toBe('sw');
    await page.close();
  });

  it('focuses the search box with Ctrl+K and with "/", and Enter opens the search page', async () => {
    const shell = new ShellPage(await app.newPage(), app);
    const { page } = shell;
    await shell.open('#/indicateurs');
    await shell.heading.click();
    await page.keyboard.press('Control+k');
    expect(await shell.focusedId()).toBe('global-search');
    await shell.heading.click();
    await page.keyboard.press('/');
    expect(await shell.focusedId()).toBe('global-search');
    await page.keyboard.type('art. 53 loi 09/001');
    await page.keyboard.press('Enter');
    await expect.poll(() => shell.hash()).toContain('#/recherche?q=');
    await expect.poll(() => page.locator('.search-echo').textContent()).toContain('art. 53 loi 09/001');
    await page.close();
  });

  it('can be used with the keyboard alone: Tab reaches the navigation and Enter opens a section', async () => {
    const shell = new ShellPage(await app.newPage(), app);
    const { page } = shell;
    await shell.open();
    const reached: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.route ?? ''),
      );
      if (reached.at(-1) === 'cases') break;
    }
    expect(reached).toContain('cases');
    await page.keyboard.press('Enter');
    await expect.poll(() => shell.headingText()).toBe(translate('fr', 'shell.nav.cases'));
    // Opening a section moves focus to its heading, so a screen reader announces the new page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.close();
  });

  it('has landmarks and no serious accessibility violation on any section', async () => {
    const shell = new ShellPage(await app.newPage(), app);
    const { page } = shell;
    await shell.open();
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('search').count()).toBe(1);
    for (const route of ROUTES) {
      await shell.open(`#/${route.path}`);
      await shell.heading.waitFor();
      expect(await seriousAxeViolations(page), route.id).toEqual([]);
    }
    await page.close();
  });

  it('stays usable at 150% zoom on a 1366×768 screen: nothing overflows sideways', async () => {
    const shell = new ShellPage(await app.newPage({ width: 911, height: 512 }), app);
    for (const route of ROUTES) {
      await shell.open(`#/${route.path}`);
      await shell.heading.waitFor();
      expect(await shell.sidewaysOverflow(), route.id).toBeLessThanOrEqual(0);
      expect(await shell.searchBox.isVisible()).toBe(true);
    }
    await shell.page.screenshot({ path: screenshotPath('shell-fr-zoom150') });
    await shell.page.close();
  });

  it('answers an unknown address with a translated page instead of a blank window', async () => {
    const shell = new ShellPage(await app.newPage(), app);
    await shell.open('#/nulle-part');
    expect(await shell.headingText()).toBe(translate('fr', 'shell.notFound.title'));
    await shell.page.close();
  });
});
