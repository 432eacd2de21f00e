import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentDocument, Entry } from '../../renderer/core/content/types';
import { BOY_AT_GOLD_MINE } from '../fixtures/content/boyAtGoldMine';
import { ScreeningPage } from './pages/screeningPage';
import { screenshotPath, seriousAxeViolations, useBrowserApp, WEB_ROOT } from './support/browserApp';
import { fr } from './support/words';

// The screening flows as an investigator goes through them, on the real bundled pack. Which
// indicators to mark is read from that pack, so content edits do not break the flow.

const app = useBrowserApp();
const entries = JSON.parse(readFileSync(path.join(WEB_ROOT, 'pack', 'entries.json'), 'utf8')) as Entry[];
const documents = JSON.parse(
  readFileSync(path.join(WEB_ROOT, 'pack', 'documents.json'), 'utf8'),
) as ContentDocument[];
const indicatorsOf = (docId: string, dimension: string) =>
  entries.filter((e) => e.docId === docId && e.dimension === dimension).map((e) => e.id);
const NAME_IN_NOTE = 'Kahindo Mapendo Furaha';

describe('screening tool', () => {
  it('adult: the reading follows the answers, up to a presumed victim of deceptive trafficking, with provisions and steps', async () => {
    const screening = new ScreeningPage(await app.newPage(), app);
    const { page } = screening;
    await screening.open();
    await page.screenshot({ path: screenshotPath('screening-fr-start') });
    await screening.chooseAudience('adult');
    await expect.poll(() => screening.outcome()).toBe('insufficient');
    expect(await screening.summary.textContent()).toContain(fr('screening.summary.provisionsEmpty'));

    const doc = 'delphi-traite-adultes';
    await screening.answer(indicatorsOf(doc, 'exploitation'), 'present');
    await expect.poll(() => screening.outcome()).toBe('indicators-present');
    expect(await screening.reading.textContent()).toContain(fr('screening.missing.destination'));
    await page.screenshot({ path: screenshotPath('screening-fr-adult-partial'), fullPage: false });

    await screening.answer(indicatorsOf(doc, 'recrutement-trompeur'), 'present');
    await screening.answer(indicatorsOf(doc, 'coercition-destination').slice(0, 2), 'present');
    await expect.poll(() => screening.outcome()).toBe('presumed-victim');
    const reading = (await screening.reading.textContent()) ?? '';
    expect(reading).toContain(fr('screening.type.deceptive-recruitment'));
    expect(reading).toContain(fr('screening.reading.caveat'));
    expect(reading.toLowerCase()).not.toContain('coupable');
    expect(await screening.provisionLinks.count()).toBeGreaterThan(0);
    const firstProvision = await screening.provisionLinks.first().getAttribute('href');
    expect(firstProvision).toMatch(/^#\/bibliotheque\/[a-z0-9-]+\/[a-z0-9-]+$/);
    await page.screenshot({ path: screenshotPath('screening-fr-adult-presumed') });

    // Answering "absent" to everything left can only weaken the reading, never crash it.
    await screening.answer(indicatorsOf(doc, 'recrutement-trompeur'), 'absent');
    await expect.poll(() => screening.outcome()).toBe('indicators-present');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screening.page.close();
  });

  it('adult: a name typed in a note never reaches the print view, which holds the summary alone', async () => {
    const screening = new ScreeningPage(await app.newPage(), app);
    const { page } = screening;
    await screening.open();
    await screening.chooseAudience('adult');
    const [first] = indicatorsOf('delphi-traite-adultes', 'exploitation');
    await screening.answer([first!], 'present');
    await screening.writeNote(first!, `Vu avec ${NAME_IN_NOTE} au puits`);
    expect(await screening.indicator(first!).locator(`textarea`).inputValue()).toContain(NAME_IN_NOTE);
    expect(await page.getByText(fr('screening.print.noNotes')).isVisible()).toBe(true);

    const printView = screening.printView;
    expect(await printView.isVisible()).toBe(false);
    const printed = (await printView.textContent()) ?? '';
    expect(printed).toContain(fr('screening.print.title'));
    expect(printed).toContain(entries.find((e) => e.id === first)!.heading);
    expect(printed).not.toContain(NAME_IN_NOTE);

    await page.emulateMedia({ media: 'print' });
    expect(await printView.isVisible()).toBe(true);
    expect(await screening.questions.isVisible()).toBe(false);
    const visibleText = await page.evaluate(() => document.body.innerText);
    expect(visibleText).not.toContain(NAME_IN_NOTE);
    expect(visibleText).toContain(fr('screening.print.footer'));
    await page.screenshot({ path: screenshotPath('screening-fr-print'), fullPage: true });
    const pdfHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    // One A4 page at 96 dpi is about 1123 px tall: the summary must fit on it.
    expect(pdfHeight).toBeLessThan(1123 * 1.05);
    await page.emulateMedia({ media: 'screen' });

    await screening.print();
    await expect.poll(() => screening.printCalls()).toBe(1);
    await screening.page.close();
  });

  it('child: exploitation alone gives the child reading; a recruitment element then gives a presumed victim without any destination element', async () => {
    const screening = new ScreeningPage(await app.newPage(), app);
    const { page } = screening;
    await screening.open();
    await screening.chooseAudience('child');
    const doc = 'delphi-traite-enfants';
    await expect.poll(() => screening.indicatorsOfList(doc).count()).toBeGreaterThan(0);
    expect(await screening.indicatorsOfList('delphi-traite-adultes').count()).toBe(0);
    await screening.answer(indicatorsOf(doc, 'exploitation'), 'present');
    await expect.poll(() => screening.outcome()).toBe('child-exploitation');
    expect(await screening.reading.textContent()).toContain('art. 3');
    await page.screenshot({ path: screenshotPath('screening-fr-child-exploitation') });
    await screening.answer(indicatorsOf(doc, 'recrutement-trompeur'), 'present');
    await expect.poll(() => screening.outcome()).toBe('presumed-victim');
    expect(await screening.reading.textContent()).not.toContain(fr('screening.missing.destination'));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Switching to adult keeps the screening but changes the list and the rule.
    await screening.audienceRadio('adult').check();
    await expect.poll(() => screening.indicatorsOfList('delphi-traite-adultes').count()).toBeGreaterThan(0);
    await expect.poll(() => screening.outcome()).toBe('insufficient');
    await screening.page.close();
  });

  it('the boy at the gold mine: the reading asks how he came there, never for a means; partial lists are marked; the print carries every list used', async () => {
    const screening = new ScreeningPage(await app.newPage(), app);
    const { page } = screening;
    await screening.open();
    await screening.chooseAudience('child');
    const byList = (list: string) =>
      Object.entries(BOY_AT_GOLD_MINE.marks).filter(([id]) => id.startsWith(`${list}/`));
    await screening.indicatorsOfList(BOY_AT_GOLD_MINE.childList).first().waitFor();
    for (const [id, value] of byList(BOY_AT_GOLD_MINE.childList)) await screening.answer([id], value);
    await expect.poll(() => screening.outcome()).toBe('indicators-present');
    const reading = screening.reading;
    const text = (await reading.textContent()) ?? '';
    expect(text).toContain(fr('screening.missing.act'));
    expect(text).not.toContain(fr('screening.missing.recruitment'));
    expect(text).toContain(fr('screening.element.coercion-destination'));
    const coverageOf = (id: string) =>
      documents.find((d) => d.id === id)?.coverage?.status === 'complet' ? 'complet' : 'partiel';
    expect(text).toContain(
      fr(
        coverageOf(BOY_AT_GOLD_MINE.childList) === 'partiel'
          ? 'screening.reading.partialList'
          : 'screening.reading.outsideList',
      ),
    );
    expect(text).not.toMatch(/ne peut plus/);
    expect(await page.locator('.screening-questions .coverage-note .coverage-status').textContent()).toBe(
      fr(`screening.coverage.${coverageOf(BOY_AT_GOLD_MINE.childList)}`),
    );
    await page.screenshot({ path: screenshotPath('screening-fr-boy-child-list') });

    // The same facts on the child-labour list: both lists, with their marks, go to print.
    await screening.chooseList(BOY_AT_GOLD_MINE.childLabourList);
    await screening.indicatorsOfList(BOY_AT_GOLD_MINE.childLabourList).first().waitFor();
    for (const [id, value] of byList(BOY_AT_GOLD_MINE.childLabourList)) await screening.answer([id], value);
    const printView = screening.printView;
    const lists = printView.locator('.print-list');
    await expect.poll(() => lists.count()).toBe(2);
    expect(await lists.evaluateAll((els) => els.map((el) => el.getAttribute('data-set')))).toEqual([
      BOY_AT_GOLD_MINE.childLabourList,
      BOY_AT_GOLD_MINE.childList,
    ]);
    for (const [id] of Object.entries(BOY_AT_GOLD_MINE.marks).filter(([, value]) => value === 'present')) {
      const heading = entries.find((e) => e.id === id)?.heading ?? id;
      expect(await printView.locator('.print-marks-present').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining(heading)]),
      );
    }
    expect(await printView.locator('.print-marks-unknown').count()).toBe(1);
    expect(await printView.locator('.coverage-note').count()).toBe(2);
    // The child-labour list is a subset of what could be asked: marked partial on screen and in print.
    expect(coverageOf(BOY_AT_GOLD_MINE.childLabourList)).toBe('partiel');
    const labourListPrint = printView.locator(`.print-list[data-set="${BOY_AT_GOLD_MINE.childLabourList}"]`);
    expect(await labourListPrint.locator('.coverage-status').textContent()).toBe(
      fr('screening.coverage.partiel'),
    );
    expect(await page.locator('.screening-questions .coverage-note .coverage-status').textContent()).toBe(
      fr('screening.coverage.partiel'),
    );
    const childListPrint = printView.locator(`.print-list[data-set="${BOY_AT_GOLD_MINE.childList}"]`);
    expect(await childListPrint.locator('.coverage-status').textContent()).toBe(
      fr(`screening.coverage.${coverageOf(BOY_AT_GOLD_MINE.childList)}`),
    );
    expect(await childListPrint.locator('.reading').textContent()).toContain(fr('screening.missing.act'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(
      fr('screening.missing.recruitment'),
    );
    await page.screenshot({ path: screenshotPath('screening-fr-boy-print'), fullPage: true });
    await screening.page.close();
  });

  it('can be done with the keyboard alone: choose the person, move between marks with the arrows, type a note', async () => {
    const screening = new ScreeningPage(await app.newPage(), app);
    const { page } = screening;
    await screening.open();
    await screening.audienceButton('adult').focus();
    await page.keyboard.press('Enter');
    const [first] = indicatorsOf('delphi-traite-adultes', 'recrutement-trompeur');
    const radios = screening.indicator(first!).getByRole(`radio`);
    await radios.last().waitFor();
    // Tab lands on the checked radio of the group ("Non posé"); the arrows then move the mark.
    await radios.first().focus();
    await page.keyboard.press('Space');
    expect(await radios.first().isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await screening.indicator(first!).locator(`input[value="absent"]`).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await screening.page.close();
  });

  it('stays usable at 150% zoom (911×512): the summary moves below the questions, nothing overflows sideways', async () => {
    const screening = new ScreeningPage(await app.newPage({ width: 911, height: 512 }), app);
    const { page } = screening;
    await screening.open();
    await screening.chooseAudience('child');
    await screening.summary.waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('screening-fr-zoom150') });
    await screening.page.close();
  });
});
