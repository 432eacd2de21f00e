import type { Coverage, Entry, Strength } from '../content';
import { delphiElementOf, type DelphiElement, type RecruitmentElement } from './delphiElements';
import { combineElements, isDimensionMet, type Requirement, type StrengthCounts } from './delphiRule';
import { answerOf, type Mark, type Screening, type ScreeningAudience } from './screening';

export interface DimensionResult {
  dimensionId: string;
  element?: DelphiElement;
  /** Indicators marked present, by strength. */
  present: StrengthCounts;
  met: boolean;
  /** Whether the dimension would be met if every unknown or not-asked indicator turned out present. */
  couldBeMet: boolean;
  counts: Record<Mark, number>;
  total: number;
}

export type ReadingOutcome =
  /** The set has no ILO/EC dimensions: no combination reading applies (dimension results still do). */
  | 'no-combination-rule'
  /** No indicator marked present yet. */
  | 'insufficient'
  /** Indicators present, but the combination is not met. */
  | 'indicators-present'
  /** Child: exploitation present, no recruitment element yet (the means need not be shown; the act remains to document). */
  | 'child-exploitation'
  /** The combination is met: presumed victim, to refer and investigate. */
  | 'presumed-victim';

export interface Reading {
  outcome: ReadingOutcome;
  types: RecruitmentElement[];
  missing: Requirement[];
  /** Whether the questions not yet answered could still complete the combination. */
  couldStillBeMet: boolean;
  /**
   * The list is a subset of the published one (coverage partiel, or not stated): the full list may add
   * what these answers do not show, so a reading never says the combination "can no longer be met".
   */
  partialList: boolean;
  /** The elements the answers show (dimensions met), in the rule's order. */
  shown: DelphiElement[];
}

export interface ScreeningSummary {
  dimensionResults: DimensionResult[];
  reading: Reading;
  /** Full entry ids of the provisions the present indicators point to, most cited first. */
  provisions: string[];
  /** Full entry ids of the referral steps the present indicators call for, most cited first. */
  referralSteps: string[];
  presentIndicators: string[];
}

export function isForAudience(entry: Entry, audience: ScreeningAudience): boolean {
  return (
    entry.kind === 'indicator' &&
    (entry.audience === undefined || entry.audience === 'both' || entry.audience === audience)
  );
}

const strengthOf = (entry: Entry): Strength => entry.strength ?? 'weak';
const emptyMarks = (): Record<Mark, number> => ({ present: 0, absent: 0, unknown: 0, 'not-asked': 0 });

function rankByCitations(lists: (readonly string[] | undefined)[]): string[] {
  const counts = new Map<string, number>();
  for (const id of lists.flatMap((list) => list ?? [])) counts.set(id, (counts.get(id) ?? 0) + 1);
  // Map keeps first-seen order, and the sort is stable: ties stay in indicator order.
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

function dimensionResults(screening: Screening, indicators: Entry[]): DimensionResult[] {
  const byDimension = new Map<string, Entry[]>();
  for (const entry of indicators) {
    if (!entry.dimension) continue;
    byDimension.set(entry.dimension, [...(byDimension.get(entry.dimension) ?? []), entry]);
  }
  return [...byDimension.entries()].map(([dimensionId, entries]) => {
    const present: StrengthCounts = { strong: 0, medium: 0, weak: 0 };
    const possible: StrengthCounts = { strong: 0, medium: 0, weak: 0 };
    const counts = emptyMarks();
    for (const entry of entries) {
      const { mark } = answerOf(screening, entry.id);
      counts[mark] += 1;
      if (mark === 'present') present[strengthOf(entry)] += 1;
      if (mark !== 'absent') possible[strengthOf(entry)] += 1;
    }
    const element = delphiElementOf(dimensionId);
    return {
      dimensionId,
      ...(element ? { element } : {}),
      present,
      met: isDimensionMet(present),
      couldBeMet: isDimensionMet(possible),
      counts,
      total: entries.length,
    };
  });
}

const ELEMENT_ORDER: readonly DelphiElement[] = [
  'deceptive-recruitment',
  'coercive-recruitment',
  'vulnerability-recruitment',
  'exploitation',
  'coercion-destination',
  'vulnerability-destination',
];

function readingOf(
  audience: ScreeningAudience,
  results: DimensionResult[],
  anyPresent: boolean,
  partialList: boolean,
): Reading {
  const delphi = results.filter((r) => r.element !== undefined);
  const base = { partialList, shown: [] as DelphiElement[] };
  if (delphi.length === 0)
    return { ...base, outcome: 'no-combination-rule', types: [], missing: [], couldStillBeMet: false };
  const met = new Set(delphi.filter((r) => r.met).map((r) => r.element!));
  const shown = ELEMENT_ORDER.filter((e) => met.has(e));
  const possible = new Set(delphi.filter((r) => r.couldBeMet).map((r) => r.element!));
  const combination = combineElements(audience, met);
  const couldStillBeMet = combineElements(audience, possible).met;
  const common = { partialList, shown };
  if (combination.met)
    return {
      ...common,
      outcome: 'presumed-victim',
      types: combination.types,
      missing: [],
      couldStillBeMet: true,
    };
  if (!anyPresent)
    return { ...common, outcome: 'insufficient', types: [], missing: combination.missing, couldStillBeMet };
  if (audience === 'child' && met.has('exploitation')) {
    return {
      ...common,
      outcome: 'child-exploitation',
      types: [],
      missing: combination.missing,
      couldStillBeMet,
    };
  }
  return {
    ...common,
    outcome: 'indicators-present',
    types: [],
    missing: combination.missing,
    couldStillBeMet,
  };
}

/**
 * The live summary of a screening against the indicators of its set (other audiences are left out).
 * `coverage` is the set's own statement; a set that does not say it is complete is read as partial.
 */
export function summariseScreening(
  screening: Screening,
  indicators: readonly Entry[],
  coverage?: Coverage,
): ScreeningSummary {
  const relevant = indicators.filter((e) => isForAudience(e, screening.audience));
  const present = relevant.filter((e) => answerOf(screening, e.id).mark === 'present');
  const results = dimensionResults(screening, relevant);
  return {
    dimensionResults: results,
    reading: readingOf(screening.audience, results, present.length > 0, coverage?.status !== 'complet'),
    provisions: rankByCitations(present.map((e) => e.provisions)),
    referralSteps: rankByCitations(present.map((e) => e.referral)),
    presentIndicators: present.map((e) => e.id),
  };
}
