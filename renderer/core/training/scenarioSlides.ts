import type { Scenario, ScenarioQuestion, ScenarioStep } from '../content';

// Presentation mode (issue 23, point 4): a scenario as slides for a projector, in reading order. The
// fiction notice comes first, each question is shown before its answer, so a room can discuss it.

export type Slide =
  | { kind: 'title' }
  | { kind: 'story'; step: ScenarioStep }
  | { kind: 'question'; step: ScenarioStep; question: ScenarioQuestion }
  | { kind: 'answer'; step: ScenarioStep; question: ScenarioQuestion };

export const scenarioSlides = (scenario: Scenario): Slide[] => [
  { kind: 'title' },
  ...scenario.steps.flatMap((step): Slide[] => [
    { kind: 'story', step },
    ...step.questions.flatMap((question): Slide[] => [
      { kind: 'question', step, question },
      { kind: 'answer', step, question },
    ]),
  ]),
];

/** The slide a key leads to, or undefined for a key the slide show does not use. Esc is the caller's. */
export const slideAfterKey = (key: string, current: number, count: number): number | undefined => {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return Math.min(current + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
};
