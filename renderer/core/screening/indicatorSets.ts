import type { ContentDocument, Entry } from '../content';
import { delphiElementOf } from './delphiElements';
import type { ScreeningAudience } from './screening';
import { isForAudience } from './summariseScreening';

export interface IndicatorSet {
  document: ContentDocument;
  /** The set's indicators for the audience, in document order. */
  indicators: Entry[];
  /** Whether the ILO/EC combination reading applies (its dimensions are the six elements). */
  hasCombinationRule: boolean;
  /** Whether every indicator is written for this audience alone (a dedicated child or adult list). */
  dedicated: boolean;
}

/** The indicator sets that have something to ask about this audience, best suited first. */
export function indicatorSetsFor(
  documents: readonly ContentDocument[],
  entriesById: ReadonlyMap<string, Entry>,
  audience: ScreeningAudience,
): IndicatorSet[] {
  const sets = documents
    .filter((d) => d.kind === 'indicators')
    .map((document): IndicatorSet => {
      const indicators = document.entryIds
        .map((id) => entriesById.get(id))
        .filter((e): e is Entry => e !== undefined && isForAudience(e, audience));
      return {
        document,
        indicators,
        hasCombinationRule: (document.dimensions ?? []).some((d) => delphiElementOf(d.id) !== undefined),
        dedicated: indicators.length > 0 && indicators.every((e) => e.audience === audience),
      };
    })
    .filter((set) => set.indicators.length > 0);
  // A set the combination rule reads comes first, then one written for this audience alone; the sort
  // is stable, so the pack's order breaks ties.
  const score = (s: IndicatorSet) => (s.hasCombinationRule ? 2 : 0) + (s.dedicated ? 1 : 0);
  return sets.sort((a, b) => score(b) - score(a));
}
