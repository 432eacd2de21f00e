// The words of training (issue 23). Scenarios are a content kind of the pack but not a library kind:
// they are fictional stories, not sources of law, so they have no verification level, never join the
// library's list or the legal search, and live in a pack part of their own (scenarios.json).

/** Training content kinds and their folder under content/ (one YAML file per item). */
export const TRAINING_KIND_SHAPE = {
  scenario: { folder: 'scenarios', part: 'scenarios.json' },
} as const;
export type TrainingKind = keyof typeof TRAINING_KIND_SHAPE;

/** Who a scenario is written for, in the order the Formation page lists them. */
export const TRAINING_AUDIENCES = ['police', 'inspection', 'magistrature', 'accompagnement'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

/**
 * What a question asks: which indicators are present, which reading of them, which qualification
 * (articles), which referral and in what order, and what must not be done.
 */
export const QUESTION_TOPICS = ['indicators', 'reading', 'qualification', 'referral', 'avoid'] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];
