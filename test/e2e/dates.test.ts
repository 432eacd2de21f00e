// Dates follow the interface language (day/month/year), not the computer's locale: the browser here runs with
// an American locale, where Chromium's own date field would ask for mm/dd/yyyy. An impossible date is refused
// with a message and the form keeps everything typed.
import { describe, expect, it } from 'vitest';
import { translate } from '../../renderer/ui/i18n/translate';
import { CasesPage } from './pages/casesPage';
import { ShellPage } from './pages/shellPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

const app = useBrowserApp();

const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const YEAR = new Date().getFullYear();

describe('dates in the interface language', () => {
  it('asks dd/mm/yyyy on an en-US computer, refuses 31/02 with a message and keeps the form', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-US',
      timezoneId: 'America/New_York',
    });
    const page = await app.newPage({ context });
    const cases = new CasesPage(page, app);
    const shell = new ShellPage(page, app);
    await new VaultPage(page, app).createNotebook({ name: 'Dates', passphrase: PASSPHRASE });

    await cases.startCase();
    const opened = cases.field('cases.form.openedOn');
    expect(await opened.getAttribute('type')).toBe('text');
    expect(await opened.getAttribute('placeholder')).toBe('jj/mm/aaaa');
    await cases.fillCase({
      prefix: 'bkv',
      province: 'Sud-Kivu',
      summary: 'Signalement reçu au bureau.',
      openedOn: `31/02/${YEAR}`,
      incidentOn: '12/13/2025',
    });
    await cases.submitCase();

    await page.getByText(fr('cases.form.errorsHeading')).waitFor();
    expect(await page.getByText(fr('cases.error.date-invalid')).count()).toBe(2);
    expect(await opened.getAttribute('aria-invalid')).toBe('true');
    // Nothing typed is lost, nothing is saved.
    expect(await opened.inputValue()).toBe(`31/02/${YEAR}`);
    expect(await cases.field('cases.form.summary').inputValue()).toBe('Signalement reçu au bureau.');
    expect(await cases.caseHeading(`BKV-${YEAR}-0001`).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('dates-fr-impossible-date') });

    await cases.fillCase({ openedOn: `5/1/${YEAR}`, incidentOn: '' });
    await cases.submitCase();
    await cases.caseHeading(`BKV-${YEAR}-0001`).waitFor();
    await page.getByText(fr('cases.view.opened', { date: `5 janvier ${YEAR}` })).waitFor();

    // The status date shows the day first in English too, and a bad day is named at once.
    await shell.chooseLanguage('en');
    const statusOn = page.getByLabel(translate('en', 'cases.status.on'));
    expect(await statusOn.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await statusOn.fill(`30/02/${YEAR}`);
    await statusOn.blur();
    await page.getByText(translate('en', 'dates.invalid')).waitFor();
    await shell.chooseLanguage('sw');
    expect(await page.getByLabel(translate('sw', 'cases.status.on')).getAttribute('placeholder')).toBe(
      'ss/mm/mmmm',
    );
    await shell.chooseLanguage('fr');
    await context.close();
  });
});
