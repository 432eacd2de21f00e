import type { Locator, Page } from 'playwright-core';
import type { BrowserApp } from '../support/browserApp';
import { fr } from '../support/words';

export type Answer = 'present' | 'absent' | 'unknown' | 'not-asked';
export type Audience = 'adult' | 'child';

/** The indicators tool (« Indicateurs », or inside a case): answer indicators, read the result, attach it. */
export class ScreeningPage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  /**
   * Opens « Indicateurs ». window.print would open a dialog in a real browser: the calls are counted
   * instead (printCalls()).
   */
  async open(): Promise<void> {
    await this.page.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => {
        (window as unknown as { printCalls: number }).printCalls += 1;
      };
    });
    await this.page.goto(`${this.app.url}#/indicateurs`);
    await this.audienceButton('adult').waitFor();
  }

  /** Opens « Indicateurs » in the running app (no reload). */
  async goTo(): Promise<void> {
    await this.page.goto(`${this.app.url}#/indicateurs`);
  }

  /** The start screen's « Adulte » / « Enfant » choice. */
  audienceButton(audience: Audience): Locator {
    return this.page.getByRole('button', { name: fr(`screening.audience.${audience}`) });
  }

  async chooseAudience(audience: Audience): Promise<void> {
    await this.audienceButton(audience).click();
  }

  /** Once screening, the audience is a radio choice. */
  audienceRadio(audience: Audience): Locator {
    return this.page.getByRole('radio', { name: fr(`screening.audience.${audience}`) });
  }

  /** An indicator's question, by its entry id. */
  indicator(id: string): Locator {
    return this.page.locator(`[data-indicator="${id}"]`);
  }

  /** Indicators shown from one list (entry ids start with the list's document id). */
  indicatorsOfList(docId: string): Locator {
    return this.page.locator(`[data-indicator^="${docId}/"]`);
  }

  async answer(ids: string[], value: Answer): Promise<void> {
    for (const id of ids) await this.indicator(id).locator(`input[value="${value}"]`).check();
  }

  /** Marks the first `count` indicators shown as present. */
  async markFirstPresent(count: number): Promise<void> {
    const present = this.presentChoices;
    await present.first().waitFor();
    for (let i = 0; i < Math.min(count, await present.count()); i++) await present.nth(i).check();
  }

  get presentChoices(): Locator {
    return this.page.locator('input[type=radio][value=present]');
  }

  async writeNote(id: string, text: string): Promise<void> {
    await this.indicator(id).locator('textarea').fill(text);
  }

  get summary(): Locator {
    return this.page.locator('.screening-summary');
  }

  /** The reading of the answers, in words. */
  get reading(): Locator {
    return this.summary.locator('.reading');
  }

  /** The reading's outcome, as the app names it (insufficient, presumed-victim…). */
  async outcome(): Promise<string | null> {
    return this.reading.getAttribute('data-outcome');
  }

  /** Links from the result to the provisions that apply. */
  get provisionLinks(): Locator {
    return this.summary.locator('.entry-links a');
  }

  async chooseList(docId: string): Promise<void> {
    await this.page.getByLabel(fr('screening.set.label')).selectOption(docId);
  }

  get questions(): Locator {
    return this.page.locator('.screening-questions');
  }

  /** The notes-free summary that goes to print. */
  get printView(): Locator {
    return this.page.getByTestId('screening-print');
  }

  async print(): Promise<void> {
    await this.page.getByRole('button', { name: fr('screening.print.button') }).click();
  }

  async printCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
  }

  /** « Joindre à un dossier » from the Indicateurs page. */
  async startAttaching(): Promise<void> {
    await this.page.getByRole('button', { name: fr('cases.attach.open') }).click();
  }

  get caseChoice(): Locator {
    return this.page.locator('#attach-case');
  }

  get personChoice(): Locator {
    return this.page.locator('#attach-person');
  }

  get interviewerField(): Locator {
    return this.page.getByLabel(fr('cases.screenings.interviewer'));
  }

  async submitAttach(): Promise<void> {
    await this.page.getByRole('button', { name: fr('cases.attach.submit') }).click();
  }

  /** Inside a case: « Nouveau dépistage ». */
  async startInCase(): Promise<void> {
    await this.page.getByRole('button', { name: fr('cases.screenings.add') }).click();
  }

  async saveInCase(): Promise<void> {
    await this.page.getByRole('button', { name: fr('cases.screenings.save') }).click();
  }
}
