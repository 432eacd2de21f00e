// Issue 18, point 8, in Chromium: a referral recorded without the person's consent leaves the case's
// status as it was, shares nothing about the person, and its fiche says the person did not consent
// (never "à la demande de la personne"). The move to « Orienté » is offered only with consent.
import { describe, expect, it } from 'vitest';
import { CasesPage } from './pages/casesPage';
import { VaultPage } from './pages/vaultPage';
import { screenshotPath, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

const app = useBrowserApp();
const YEAR = new Date().getFullYear();
const NUMBER = `KAL-${YEAR}-0001`;

describe('a referral without consent', () => {
  it('keeps the case open and the fiche honest', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const vault = new VaultPage(page, app);
    const cases = new CasesPage(page, app);
    await vault.createNotebook({ name: 'Bureau Kalehe', passphrase: 'mangue pirogue tonnerre Kisangani' });
    await cases.createCase(
      {
        prefix: 'kal',
        openedOn: `${YEAR}-01-05`,
        province: 'Sud-Kivu',
        territory: 'Kalehe',
        summary: 'Enfant au tri du minerai à Nyabibwe.',
      },
      NUMBER,
    );
    await cases.addPerson({ initials: 'F. K.', age: '14', sex: 'f', child: true });
    await page.locator('.case-head .case-status-ouvert').waitFor();

    await cases.startReferral();
    await cases.fillReferral({ organisation: 'DIVAS Kalehe', reason: 'Prise en charge psychosociale.' });
    // The move to « Orienté » is offered only once consent is ticked.
    expect(await cases.field('cases.referral.markOriented').count()).toBe(0);
    await cases.field('cases.referral.consent').check();
    await cases.field('cases.referral.markOriented').waitFor();
    await cases.field('cases.referral.consent').uncheck();
    expect(await cases.field('cases.referral.markOriented').count()).toBe(0);
    await cases.saveReferral();

    const sheet = await cases.printReferral();
    const text = await sheet.innerText();
    expect(text).toContain(fr('cases.sheet.notSharedNoConsent'));
    expect(text).not.toContain('à la demande de la personne');
    expect(text).not.toContain('F. K.');
    await page.getByText(fr('cases.sheet.noticeNoConsent')).waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('referral-no-consent-sheet') });
    await cases.closeSheet();
    // The case did not move by itself.
    await page.locator('.case-head .case-status-ouvert').waitFor();
    expect(await page.locator('.case-head .case-status-oriente').count()).toBe(0);
    expect(await page.locator('.case-head .case-status').innerText()).toBe(fr('cases.status.ouvert'));
  });
});
