import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ContentDocument, Entry } from '../../renderer/core/content/types';
import { translate } from '../../renderer/ui/i18n/translate';
import { BOY_AT_GOLD_MINE } from '../fixtures/content/boyAtGoldMine';
import { screenshotPath, seriousAxeViolations, useBrowserApp, WEB_ROOT } from './support/browserApp';

// The screening flows as an investigator goes through them, on the real bundled pack. Which
// indicators to mark is read from that pack, so content edits do not break the flow.

const app = useBrowserApp();
const entries = JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack', 'entries.json'), 'utf8')) as Entry[];
const documents = JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack', 'documents.json'), 'utf8')) as ContentDocument[];
const indicatorsOf = (docId: string, dimension: string) => entries.filter((e) => e.docId === docId && e.dimension === dimension).map((e) => e.id);
const NAME_IN_NOTE = 'Kahindo Mapendo Furaha';
const fr = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('fr', key, params);


async function openScreening(page: Page): Promise<void> {
  // window.print would open a dialog in a real browser: count the calls instead.
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
  await page.goto(`${app.url}#/indicateurs`);
  await page.getByRole('button', { name: fr('screening.audience.adult') }).waitFor();
}

async function mark(page: Page, ids: string[], value: 'present' | 'absent' | 'unknown' | 'not-asked'): Promise<void> {
  for (const id of ids) await page.locator(`[data-indicator="${id}"] input[value="${value}"]`).check();
}

const outcome = (page: Page) => page.locator('.screening-summary .reading').getAttribute('data-outcome');

describe('screening tool', () => {
  it('adult: the reading follows the answers, up to a presumed victim of deceptive trafficking, with provisions and steps', async () => {
    const page = await app.newPage();
    await openScreening(page);
    await page.screenshot({ path: screenshotPath('screening-fr-start') });
    await page.getByRole('button', { name: fr('screening.audience.adult') }).click();
    await expect.poll(() => outcome(page)).toBe('insufficient');
    expect(await page.locator('.screening-summary').textContent()).toContain(fr('screening.summary.provisionsEmpty'));

    const doc = 'delphi-traite-adultes';
    await mark(page, indicatorsOf(doc, 'exploitation'), 'present');
    await expect.poll(() => outcome(page)).toBe('indicators-present');
    expect(await page.locator('.screening-summary .reading').textContent()).toContain(fr('screening.missing.destination'));
    await page.screenshot({ path: screenshotPath('screening-fr-adult-partial'), fullPage: false });

    await mark(page, indicatorsOf(doc, 'recrutement-trompeur'), 'present');
    await mark(page, indicatorsOf(doc, 'coercition-destination').slice(0, 2), 'present');
    await expect.poll(() => outcome(page)).toBe('presumed-victim');
    const reading = (await page.locator('.screening-summary .reading').textContent()) ?? '';
    expect(reading).toContain(fr('screening.type.deceptive-recruitment'));
    expect(reading).toContain(fr('screening.reading.caveat'));
    expect(reading.toLowerCase()).not.toContain('coupable');
    expect(await page.locator('.screening-summary .entry-links').first().locator('a').count()).toBeGreaterThan(0);
    const firstProvision = await page.locator('.screening-summary .entry-links a').first().getAttribute('href');
    expect(firstProvision).toMatch(/^#\/bibliotheque\/[a-z0-9-]+\/[a-z0-9-]+$/);
    await page.screenshot({ path: screenshotPath('screening-fr-adult-presumed') });

    // Answering "absent" to everything left can only weaken the reading, never crash it.
    await mark(page, indicatorsOf(doc, 'recrutement-trompeur'), 'absent');
    await expect.poll(() => outcome(page)).toBe('indicators-present');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('adult: a name typed in a note never reaches the print view, which holds the summary alone', async () => {
    const page = await app.newPage();
    await openScreening(page);
    await page.getByRole('button', { name: fr('screening.audience.adult') }).click();
    const [first] = indicatorsOf('delphi-traite-adultes', 'exploitation');
    await mark(page, [first!], 'present');
    await page.locator(`[data-indicator="${first}"] textarea`).fill(`Vu avec ${NAME_IN_NOTE} au puits`);
    expect(await page.locator(`[data-indicator="${first}"] textarea`).inputValue()).toContain(NAME_IN_NOTE);
    expect(await page.getByText(fr('screening.print.noNotes')).isVisible()).toBe(true);

    const printView = page.getByTestId('screening-print');
    expect(await printView.isVisible()).toBe(false);
    const printed = (await printView.textContent()) ?? '';
    expect(printed).toContain(fr('screening.print.title'));
    expect(printed).toContain(entries.find((e) => e.id === first)!.heading);
    expect(printed).not.toContain(NAME_IN_NOTE);

    await page.emulateMedia({ media: 'print' });
    expect(await printView.isVisible()).toBe(true);
    expect(await page.locator('.screening-questions').isVisible()).toBe(false);
    const visibleText = await page.evaluate(() => document.body.innerText);
    expect(visibleText).not.toContain(NAME_IN_NOTE);
    expect(visibleText).toContain(fr('screening.print.footer'));
    await page.screenshot({ path: screenshotPath('screening-fr-print'), fullPage: true });
    const pdfHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    // One A4 page at 96 dpi is about 1123 px tall: the summary must fit on it.
    expect(pdfHeight).toBeLessThan(1123 * 1.05);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: fr('screening.print.button') }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    await page.close();
  });

  it('child: exploitation alone gives the child reading; a recruitment element then gives a presumed victim without any destination element', async () => {
    const page = await app.newPage();
    await openScreening(page);
    await page.getByRole('button', { name: fr('screening.audience.child') }).click();
    const doc = 'delphi-traite-enfants';
    await expect.poll(() => page.locator(`[data-indicator^="${doc}/"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-indicator^="delphi-traite-adultes/"]').count()).toBe(0);
    await mark(page, indicatorsOf(doc, 'exploitation'), 'present');
    await expect.poll(() => outcome(page)).toBe('child-exploitation');
    expect(await page.locator('.screening-summary .reading').textContent()).toContain('art. 3');
    await page.screenshot({ path: screenshotPath('screening-fr-child-exploitation') });
    await mark(page, indicatorsOf(doc, 'recrutement-trompeur'), 'present');
    await expect.poll(() => outcome(page)).toBe('presumed-victim');
    expect(await page.locator('.screening-summary .reading').textContent()).not.toContain(fr('screening.missing.destination'));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Switching to adult keeps the screening but changes the list and the rule.
    await page.getByRole('radio', { name: fr('screening.audience.adult') }).check();
    await expect.poll(() => page.locator('[data-indicator^="delphi-traite-adultes/"]').count()).toBeGreaterThan(0);
    await expect.poll(() => outcome(page)).toBe('insufficient');
    await page.close();
  });

  it('the boy at the gold mine: the reading asks how he came there, never for a means; partial lists are marked; the print carries every list used', async () => {
    const page = await app.newPage();
    await openScreening(page);
    await page.getByRole('button', { name: fr('screening.audience.child') }).click();
    const byList = (list: string) => Object.entries(BOY_AT_GOLD_MINE.marks).filter(([id]) => id.startsWith(`${list}/`));
    await page.locator(`[data-indicator^="${BOY_AT_GOLD_MINE.childList}/"]`).first().waitFor();
    for (const [id, value] of byList(BOY_AT_GOLD_MINE.childList)) await mark(page, [id], value);
    await expect.poll(() => outcome(page)).toBe('indicators-present');
    const reading = page.locator('.screening-summary .reading');
    const text = (await reading.textContent()) ?? '';
    expect(text).toContain(fr('screening.missing.act'));
    expect(text).not.toContain(fr('screening.missing.recruitment'));
    expect(text).toContain(fr('screening.element.coercion-destination'));
    const coverageOf = (id: string) => documents.find((d) => d.id === id)?.coverage?.status === 'complet' ? 'complet' : 'partiel';
    expect(text).toContain(fr(coverageOf(BOY_AT_GOLD_MINE.childList) === 'partiel' ? 'screening.reading.partialList' : 'screening.reading.outsideList'));
    expect(text).not.toMatch(/ne peut plus/);
    expect(await page.locator('.screening-questions .coverage-note .coverage-status').textContent()).toBe(fr(`screening.coverage.${coverageOf(BOY_AT_GOLD_MINE.childList)}`));
    await page.screenshot({ path: screenshotPath('screening-fr-boy-child-list') });

    // The same facts on the child-labour list: both lists, with their marks, go to print.
    await page.getByLabel(fr('screening.set.label')).selectOption(BOY_AT_GOLD_MINE.childLabourList);
    await page.locator(`[data-indicator^="${BOY_AT_GOLD_MINE.childLabourList}/"]`).first().waitFor();
    for (const [id, value] of byList(BOY_AT_GOLD_MINE.childLabourList)) await mark(page, [id], value);
    const printView = page.getByTestId('screening-print');
    const lists = printView.locator('.print-list');
    await expect.poll(() => lists.count()).toBe(2);
    expect(await lists.evaluateAll((els) => els.map((el) => el.getAttribute('data-set')))).toEqual([
      BOY_AT_GOLD_MINE.childLabourList,
      BOY_AT_GOLD_MINE.childList,
    ]);
    for (const [id] of Object.entries(BOY_AT_GOLD_MINE.marks).filter(([, value]) => value === 'present')) {
      const heading = entries.find((e) => e.id === id)?.heading ?? id;
      expect(await printView.locator('.print-marks-present').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(heading)]));
    }
    expect(await printView.locator('.print-marks-unknown').count()).toBe(1);
    expect(await printView.locator('.coverage-note').count()).toBe(2);
    // The child-labour list is a subset of what could be asked: marked partial on screen and in print.
    expect(coverageOf(BOY_AT_GOLD_MINE.childLabourList)).toBe('partiel');
    const labourListPrint = printView.locator(`.print-list[data-set="${BOY_AT_GOLD_MINE.childLabourList}"]`);
    expect(await labourListPrint.locator('.coverage-status').textContent()).toBe(fr('screening.coverage.partiel'));
    expect(await page.locator('.screening-questions .coverage-note .coverage-status').textContent()).toBe(fr('screening.coverage.partiel'));
    const childListPrint = printView.locator(`.print-list[data-set="${BOY_AT_GOLD_MINE.childList}"]`);
    expect(await childListPrint.locator('.coverage-status').textContent()).toBe(fr(`screening.coverage.${coverageOf(BOY_AT_GOLD_MINE.childList)}`));
    expect(await childListPrint.locator('.reading').textContent()).toContain(fr('screening.missing.act'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(fr('screening.missing.recruitment'));
    await page.screenshot({ path: screenshotPath('screening-fr-boy-print'), fullPage: true });
    await page.close();
  });

  it('can be done with the keyboard alone: choose the person, move between marks with the arrows, type a note', async () => {
    const page = await app.newPage();
    await openScreening(page);
    await page.getByRole('button', { name: fr('screening.audience.adult') }).focus();
    await page.keyboard.press('Enter');
    const [first] = indicatorsOf('delphi-traite-adultes', 'recrutement-trompeur');
    const radios = page.locator(`[data-indicator="${first}"] input[type="radio"]`);
    await radios.last().waitFor();
    // Tab lands on the checked radio of the group ("Non posé"); the arrows then move the mark.
    await radios.first().focus();
    await page.keyboard.press('Space');
    expect(await radios.first().isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(`[data-indicator="${first}"] input[value="absent"]`).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.close();
  });

  it('stays usable at 150% zoom (911×512): the summary moves below the questions, nothing overflows sideways', async () => {
    const page = await app.newPage({ width: 911, height: 512 });
    await openScreening(page);
    await page.getByRole('button', { name: fr('screening.audience.child') }).click();
    await page.locator('.screening-summary').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('screening-fr-zoom150') });
    await page.close();
  });
});
