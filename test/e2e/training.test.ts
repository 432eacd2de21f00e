import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../renderer/core/content';
import { TRAINING_AUDIENCES } from '../../renderer/core/vocabulary';
import {
  OUTPUT_DIR,
  REPO_ROOT,
  screenshotPath,
  seriousAxeViolations,
  useBrowserApp,
} from './support/browserApp';
import { fr } from './support/words';

// Formation (issue 23): a participant runs one scenario per audience with the keyboard, sees each answer's
// feedback and the summary, prints an attestation of participation (a real PDF from Chromium, looked at
// as pictures), and a trainer drives the presentation mode with the keyboard at 1024×768.

const app = useBrowserApp();
const scenarios = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'renderer/public/pack/scenarios.json'), 'utf8'),
) as Scenario[];

async function openTraining(page: Page, hash = '#/formation'): Promise<void> {
  // The browser host prints with window.print(), which a headless test cannot answer: count the calls.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto(`${app.url}${hash}`);
  await page.getByRole('heading', { level: 1, name: fr('shell.nav.training') }).waitFor();
}

/** Answers every question with the keyboard only, the right answers, and returns at the summary. */
async function runWithKeyboard(page: Page, scenario: Scenario): Promise<void> {
  let count = 0;
  const total = scenario.steps.reduce((n, s) => n + s.questions.length, 0);
  for (const step of scenario.steps) {
    for (const question of step.questions) {
      count += 1;
      await page.getByText(fr('training.progress', { current: count, total })).waitFor();
      const legend = page.locator('legend', { hasText: question.prompt.fr });
      await legend.waitFor();
      for (const choice of question.choices.filter((c) => c.correct)) {
        const input = page.getByRole(question.multiple ? 'checkbox' : 'radio', {
          name: choice.text.fr,
          exact: true,
        });
        await input.focus();
        await page.keyboard.press('Space');
        expect(await input.isChecked()).toBe(true);
      }
      await page.getByRole('button', { name: fr('training.question.validate') }).focus();
      await page.keyboard.press('Enter');
      await page.getByText(fr('training.result.right')).waitFor();
      // Every answer shows its feedback, right or not, and the explanation links to the library with levels.
      for (const choice of question.choices) {
        await page
          .getByText(choice.feedback.fr.split('\n')[0]!.slice(0, 40), { exact: false })
          .first()
          .waitFor();
      }
      expect(await page.locator('.training-links a').count()).toBe(question.links.length);
      expect(await page.locator('.training-links .verification').count()).toBe(question.links.length);
      await page.keyboard.press('Enter');
    }
  }
  await page.getByRole('heading', { name: fr('training.summary.title') }).waitFor();
}

describe('Formation', () => {
  it('runs one scenario per audience with the keyboard, with feedback, summary and progress kept', async () => {
    const page = await app.newPage();
    await openTraining(page);
    await page.screenshot({ path: screenshotPath('training-fr-home') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    for (const audience of TRAINING_AUDIENCES) {
      const scenario = scenarios.find((s) => s.audience === audience)!;
      await page.goto(`${app.url}#/formation`);
      await page.getByRole('button', { name: fr(`training.audience.${audience}`) }).click();
      await page.getByRole('link', { name: scenario.title.fr }).click();
      // The story says it is invented before anything else, and the names are marked as invented.
      await page.getByText(scenario.fiction.fr.slice(0, 40), { exact: false }).waitFor();
      expect(await page.getByText(`(${fr('training.invented')})`).count()).toBe(scenario.characters.length);
      if (audience === 'police') await page.screenshot({ path: screenshotPath('training-fr-question') });
      await runWithKeyboard(page, scenario);
      const total = scenario.steps.reduce((n, s) => n + s.questions.length, 0);
      expect(await page.locator('.training-summary').textContent()).toContain(String(total));
      if (audience === 'police') {
        await page.screenshot({ path: screenshotPath('training-fr-summary') });
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
    }
    // Back on the list, each done scenario says so; the progress survives a reload (localStorage).
    await page.goto(`${app.url}#/formation`);
    await page.reload();
    await page.getByText(fr('training.attestation.count', { count: 4 })).waitFor();
    const stored = await page.evaluate(() => window.localStorage.getItem('dalili.training.v1'));
    expect(Object.keys((JSON.parse(stored ?? '{}') as { done: object }).done).sort()).toEqual(
      TRAINING_AUDIENCES.map((a) => scenarios.find((s) => s.audience === a)!.id).sort(),
    );
    await page.close();
  });

  it('a wrong answer is said to be wrong, and validating nothing asks for an answer', async () => {
    const page = await app.newPage();
    const scenario = scenarios[0]!;
    await openTraining(page, `#/formation/scenario/${scenario.id}`);
    await page.getByRole('button', { name: fr('training.question.validate') }).click();
    await page.getByText(fr('training.question.chooseFirst')).waitFor();
    const question = scenario.steps[0]!.questions[0]!;
    const wrong = question.choices.find((c) => !c.correct)!;
    await page
      .getByRole(question.multiple ? 'checkbox' : 'radio', { name: wrong.text.fr, exact: true })
      .check();
    await page.getByRole('button', { name: fr('training.question.validate') }).click();
    await page.getByText(fr('training.result.wrong')).waitFor();
    await page.screenshot({ path: screenshotPath('training-fr-wrong-answer') });
    await page.close();
  });

  it('prints an attestation of participation with the typed name, the scenarios and no score', async () => {
    const page = await app.newPage();
    await openTraining(page);
    const scenario = scenarios.find((s) => s.audience === 'accompagnement')!;
    await page.evaluate(
      ([id]) =>
        window.localStorage.setItem(
          'dalili.training.v1',
          JSON.stringify({
            version: 1,
            done: { [id!]: { completedOn: '2026-12-04', questions: 3, rightFirstTime: 1 } },
          }),
        ),
      [scenario.id],
    );
    await page.goto(`${app.url}#/formation/attestation`);
    const print = page.getByRole('button', { name: fr('training.attestation.print') });
    await print.waitFor();
    expect(await print.isDisabled()).toBe(true);
    await page.getByLabel(fr('training.attestation.name')).fill('Participante Exemple');
    await print.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.screenshot({ path: screenshotPath('training-fr-attestation') });
    const sheet = page.getByRole('article', { name: fr('training.attestation.sheet') });
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain('Participante Exemple');
    expect(text).toContain(scenario.title.fr);
    expect(text).toContain(fr('training.attestation.participation'));
    expect(text).not.toMatch(/1\s*(\/|sur)\s*3/);
    // The name is never kept.
    expect(JSON.stringify(await page.evaluate(() => ({ ...window.localStorage })))).not.toContain(
      'Participante',
    );

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByLabel(fr('training.attestation.name')).isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('training-fr-attestation-print'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', path: path.join(OUTPUT_DIR, 'training-attestation.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    await page.close();
  });

  it('presentation mode at 1024×768: arrows, Home, End and Esc', async () => {
    const page = await app.newPage({ width: 1024, height: 768 });
    const scenario = scenarios.find((s) => s.audience === 'magistrature')!;
    await openTraining(page, `#/formation/presentation/${scenario.id}`);
    const show = page.getByRole('region', { name: scenario.title.fr });
    await show.waitFor();
    const total = 1 + scenario.steps.reduce((n, s) => n + 1 + 2 * s.questions.length, 0);
    const position = (n: number) => fr('training.slides.position', { current: n, total });
    await page.getByText(position(1)).waitFor();
    await page.getByText(scenario.fiction.fr.slice(0, 40), { exact: false }).waitFor();
    await page.screenshot({ path: screenshotPath('training-slides-title-1024') });
    await page.keyboard.press('ArrowRight');
    await page.getByText(position(2)).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(position(3)).waitFor();
    await page.getByRole('heading', { name: scenario.steps[0]!.questions[0]!.prompt.fr }).waitFor();
    await page.screenshot({ path: screenshotPath('training-slides-question-1024') });
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: fr('training.slides.answer') }).waitFor();
    await page.screenshot({ path: screenshotPath('training-slides-answer-1024') });
    await page.keyboard.press('ArrowLeft');
    await page.getByText(position(3)).waitFor();
    await page.keyboard.press('End');
    await page.getByText(position(total)).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(position(total)).waitFor();
    await page.keyboard.press('Home');
    await page.getByText(position(1)).waitFor();
    // The slides cover the whole window, and nothing scrolls sideways.
    const box = await show.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1024, height: 768 });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/formation');
    await page.close();
  });
});
