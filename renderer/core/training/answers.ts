import type { Scenario, ScenarioQuestion } from '../content';

// Answering a scenario's questions. A question is answered right when the ticked answers are exactly the
// right ones: ticking every box must not pass for knowing.

/** `step/question`: question ids are unique within their step only. */
export const questionKey = (stepId: string, questionId: string): string => `${stepId}/${questionId}`;

export const isRightAnswer = (question: ScenarioQuestion, selected: readonly string[]): boolean => {
  const right = question.choices.filter((c) => c.correct).map((c) => c.id);
  const chosen = new Set(selected.filter((id) => question.choices.some((c) => c.id === id)));
  return chosen.size === right.length && right.every((id) => chosen.has(id));
};

/** Every question of a scenario in reading order, with its key. */
export const scenarioQuestions = (scenario: Scenario): { key: string; question: ScenarioQuestion }[] =>
  scenario.steps.flatMap((step) =>
    step.questions.map((question) => ({ key: questionKey(step.id, question.id), question })),
  );

export interface ScenarioTally {
  questions: number;
  /** Questions whose first validated answer was right: a self-check for the participant, not a grade. */
  rightFirstTime: number;
}

export const tallyAnswers = (
  scenario: Scenario,
  firstAnswers: Readonly<Record<string, readonly string[]>>,
): ScenarioTally => {
  const all = scenarioQuestions(scenario);
  return {
    questions: all.length,
    rightFirstTime: all.filter(({ key, question }) => {
      const answer = firstAnswers[key];
      return answer !== undefined && isRightAnswer(question, answer);
    }).length,
  };
};
