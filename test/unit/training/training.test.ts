import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../renderer/core/content';
import {
  EMPTY_PROGRESS,
  isRightAnswer,
  parseProgress,
  recordCompletion,
  scenarioSlides,
  slideAfterKey,
  tallyAnswers,
} from '../../../renderer/core/training';

// The training logic (issue 23): when an answer counts as right, the self-check tally, the progress kept
// in localStorage (read defensively: every hostile value in test/fixtures/training is dropped), slides.

const L = (fr: string) => ({ fr });
const scenario: Scenario = {
  id: 'essai',
  audience: 'police',
  title: L('Essai'),
  summary: L('Résumé'),
  fiction: L('Cas fictif.'),
  setting: L('Sud-Kivu'),
  characters: [],
  languages: ['fr'],
  steps: [
    {
      id: 'un',
      title: L('Un'),
      story: L('Histoire'),
      questions: [
        {
          id: 'q',
          topic: 'indicators',
          prompt: L('?'),
          multiple: true,
          choices: [
            { id: 'a', text: L('A'), correct: true, feedback: L('Oui') },
            { id: 'b', text: L('B'), correct: true, feedback: L('Oui') },
            { id: 'c', text: L('C'), correct: false, feedback: L('Non') },
          ],
          explanation: L('Parce que'),
          links: [],
        },
      ],
    },
    {
      id: 'deux',
      title: L('Deux'),
      story: L('Suite'),
      questions: [
        {
          id: 'q',
          topic: 'avoid',
          prompt: L('?'),
          multiple: false,
          choices: [
            { id: 'a', text: L('A'), correct: false, feedback: L('Non') },
            { id: 'b', text: L('B'), correct: true, feedback: L('Oui') },
          ],
          explanation: L('Parce que'),
          links: [],
        },
      ],
    },
  ],
};
const [first, second] = [scenario.steps[0]!.questions[0]!, scenario.steps[1]!.questions[0]!];

describe('answers', () => {
  it('is right only when exactly the right answers are ticked', () => {
    expect(isRightAnswer(first, ['a', 'b'])).toBe(true);
    expect(isRightAnswer(first, ['b', 'a', 'a'])).toBe(true);
    expect(isRightAnswer(first, ['a'])).toBe(false);
    expect(isRightAnswer(first, ['a', 'b', 'c'])).toBe(false);
    expect(isRightAnswer(first, [])).toBe(false);
    expect(isRightAnswer(first, ['a', 'b', 'zzz'])).toBe(true);
    expect(isRightAnswer(second, ['b'])).toBe(true);
    expect(isRightAnswer(second, ['a'])).toBe(false);
  });

  it('tallies the first answers per step and question (question ids repeat across steps)', () => {
    expect(tallyAnswers(scenario, { 'un/q': ['a', 'b'], 'deux/q': ['a'] })).toEqual({
      questions: 2,
      rightFirstTime: 1,
    });
    expect(tallyAnswers(scenario, {})).toEqual({ questions: 2, rightFirstTime: 0 });
  });
});

describe('progress kept on this computer', () => {
  it('records a completion and reads it back', () => {
    const saved = recordCompletion(EMPTY_PROGRESS, 'essai', '2026-12-05', {
      questions: 2,
      rightFirstTime: 1,
    });
    expect(parseProgress(JSON.stringify(saved))).toEqual(saved);
  });

  const hostile = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/training/hostile-progress.json'), 'utf8'),
  ) as { name: string; stored: unknown; kept: string[] }[];
  it('has hostile stored values to read', () => expect(hostile.length).toBeGreaterThanOrEqual(10));
  for (const { name, stored, kept } of hostile) {
    it(`reads ${name} without failing, keeping only sound entries`, () => {
      const raw = typeof stored === 'string' ? stored : JSON.stringify(stored);
      expect(Object.keys(parseProgress(raw).done).sort()).toEqual(kept);
    });
  }
  it('reads nothing stored, and an oversized value, as no progress', () => {
    expect(parseProgress(null)).toEqual(EMPTY_PROGRESS);
    expect(parseProgress(`{"version":1,"done":{},"x":"${'a'.repeat(300_000)}"}`)).toEqual(EMPTY_PROGRESS);
  });
});

describe('slides', () => {
  it('title, then per step its story and each question before its answer', () => {
    expect(scenarioSlides(scenario).map((s) => s.kind)).toEqual([
      'title',
      'story',
      'question',
      'answer',
      'story',
      'question',
      'answer',
    ]);
  });
  it('arrows, Page keys and Space move within bounds; Home and End jump; other keys do nothing', () => {
    expect(slideAfterKey('ArrowRight', 0, 7)).toBe(1);
    expect(slideAfterKey(' ', 5, 7)).toBe(6);
    expect(slideAfterKey('PageDown', 6, 7)).toBe(6);
    expect(slideAfterKey('ArrowLeft', 0, 7)).toBe(0);
    expect(slideAfterKey('PageUp', 3, 7)).toBe(2);
    expect(slideAfterKey('Home', 4, 7)).toBe(0);
    expect(slideAfterKey('End', 1, 7)).toBe(6);
    expect(slideAfterKey('Escape', 1, 7)).toBeUndefined();
    expect(slideAfterKey('a', 1, 7)).toBeUndefined();
  });
});
