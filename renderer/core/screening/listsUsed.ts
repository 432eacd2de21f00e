import type { Entry } from '../content';
import type { IndicatorSet } from './indicatorSets';
import { answerOf, type Mark, type Screening } from './screening';
import { summariseScreening, type ScreeningSummary } from './summariseScreening';

// A screening may move between lists (answers are kept by indicator id). What goes to the prosecutor
// must show every list that was used, with its own marks and reading, not only the one on screen.

export interface ListUsed {
  set: IndicatorSet;
  summary: ScreeningSummary;
  /** The indicators of this list that received a mark, in document order. */
  answered: { entry: Entry; mark: Exclude<Mark, 'not-asked'> }[];
}

/** The list on screen first, then every other list with at least one marked indicator, in the sets' order. */
export function listsUsed(
  screening: Screening,
  sets: readonly IndicatorSet[],
  currentSetId: string | undefined,
): ListUsed[] {
  const used = (set: IndicatorSet): ListUsed => ({
    set,
    summary: summariseScreening(screening, set.indicators, set.document.coverage),
    answered: set.indicators.flatMap((entry) => {
      const { mark } = answerOf(screening, entry.id);
      return mark === 'not-asked' ? [] : [{ entry, mark }];
    }),
  });
  const current = sets.find((s) => s.document.id === currentSetId);
  const others = sets
    .filter((s) => s !== current)
    .map(used)
    .filter((l) => l.answered.length > 0);
  return current ? [used(current), ...others] : others;
}
