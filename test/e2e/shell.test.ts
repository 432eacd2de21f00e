import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../renderer/ui/i18n/translate';
import { LANGUAGES } from '../../renderer/ui/i18n/languages';
import { ROUTES } from '../../renderer/ui/shell/routes';
import { screenshotPath, seriousAxeViolations, useBrowserApp } from './support/browserApp';

const app = useBrowserApp();


async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`${app.url}${hash}`);
  await page.getByRole('navigation').waitFor();
}

describe('application shell', () => {
  it('walks through all six sections in all three languages', async () => {
    const page = await app.newPage();
    await openApp(page);
    for (const language of LANGUAGES) {
      await page.locator('#banner-language').selectOption(language);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      for (const route of ROUTES) {
        const label = translate(language, route.label);
        await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
        await expect.poll(() => page.locator('h1').first().textContent()).toBe(label);
        await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/${route.path}`);
        expect(await page.getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).toBe('page');
        await page.screenshot({ path: screenshotPath(`shell-${language}-${route.id}`) });
      }
    }
    await page.close();
  });

  it('keeps the chosen language after a reload', async () => {
    const page = await app.newPage();
    await openApp(page, '#/parametres');
    await page.locator('#settings-language').selectOption('sw');
    await page.reload();
    await page.getByRole('navigation').waitFor();
    expect(await page.locator('h1').first().textContent()).toBe(translate('sw', 'pages.settings.title'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sw');
    await page.close();
  });

  it('focuses the search box with Ctrl+K and with "/", and Enter opens the search page', async () => {
    const page = await app.newPage();
    await openApp(page, '#/indicateurs');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('global-search');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('global-search');
    await page.keyboard.type('art. 53 loi 09/001');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('#/recherche?q=');
    await expect.poll(() => page.locator('.search-echo').textContent()).toContain('art. 53 loi 09/001');
    await page.close();
  });

  it('can be used with the keyboard alone: Tab reaches the navigation and Enter opens a section', async () => {
    const page = await app.newPage();
    await openApp(page);
    const reached: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.route ?? ''));
      if (reached.at(-1) === 'cases') break;
    }
    expect(reached).toContain('cases');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(translate('fr', 'shell.nav.cases'));
    // Opening a section moves focus to its heading, so a screen reader announces the new page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.close();
  });

  it('has landmarks and no serious accessibility violation on any section', async () => {
    const page = await app.newPage();
    await openApp(page);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('search').count()).toBe(1);
    for (const route of ROUTES) {
      await openApp(page, `#/${route.path}`);
      await page.locator('h1').first().waitFor();
      expect(await seriousAxeViolations(page), route.id).toEqual([]);
    }
    await page.close();
  });

  it('stays usable at 150% zoom on a 1366×768 screen: nothing overflows sideways', async () => {
    const page = await app.newPage({ width: 911, height: 512 });
    for (const route of ROUTES) {
      await openApp(page, `#/${route.path}`);
      await page.locator('h1').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route.id).toBeLessThanOrEqual(0);
      expect(await page.locator('#global-search').isVisible()).toBe(true);
    }
    await page.screenshot({ path: screenshotPath('shell-fr-zoom150') });
    await page.close();
  });

  it('answers an unknown address with a translated page instead of a blank window', async () => {
    const page = await app.newPage();
    await openApp(page, '#/nulle-part');
    expect(await page.locator('h1').first().textContent()).toBe(translate('fr', 'shell.notFound.title'));
    await page.close();
  });
});
