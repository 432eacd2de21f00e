// The screening itself: a plain, serialisable object, so the casework feature can later store it in
// the vault with a case and a person. It holds no name: notes are the only free text.

import type { MarkName, ScreeningAudienceName } from '../vocabulary';

export { MARKS } from '../vocabulary';
export type ScreeningAudience = ScreeningAudienceName;
export type Mark = MarkName;

export interface Answer {
  mark: Mark;
  note: string;
}

export interface Screening {
  format: 'dalili-screening';
  version: 1;
  audience: ScreeningAudience;
  /** The indicator document screened against (`content/indicators/<id>.md`). */
  setId: string;
  /** Keyed by full indicator id (`<docId>/<entryId>`); an indicator without an answer is "not asked". */
  answers: Record<string, Answer>;
}

export const NOTE_MAX_LENGTH = 500;

export function newScreening(audience: ScreeningAudience, setId: string): Screening {
  return { format: 'dalili-screening', version: 1, audience, setId, answers: {} };
}

export function answerOf(screening: Screening, indicatorId: string): Answer {
  return screening.answers[indicatorId] ?? { mark: 'not-asked', note: '' };
}

/** Returns a new screening; an answer back to "not asked" with no note is dropped to keep the object small. */
export function setAnswer(screening: Screening, indicatorId: string, patch: Partial<Answer>): Screening {
  const next: Answer = { ...answerOf(screening, indicatorId), ...patch };
  next.note = next.note.slice(0, NOTE_MAX_LENGTH);
  const answers = { ...screening.answers };
  if (next.mark === 'not-asked' && next.note === '') delete answers[indicatorId];
  else answers[indicatorId] = next;
  return { ...screening, answers };
}
