import { computeStatistics } from './computeStatistics';
import { DIMENSION_LIST, DIMENSIONS, NOT_FILLED, UNITS, type Dimension, type Unit } from './dimensions';
import { htcdsValue } from './htcdsFields';
import { monthsBetween } from './months';
import type { StatCase } from './statCase';

// The anonymised figures that leave the office (exports and the quarterly report), README.md,
// _Anonymised export_. Rules, each tested in test/unit/statistics/anonymise.test.ts:
// 1. Cells are per calendar month (never a day), per unit (cases, victims, referrals), per value.
//    No period total is published: two periods that differ by a month share the same month cells,
//    so subtracting one export from the other yields only whole months, themselves protected.
// 2. A count from 1 to 4 (below SUPPRESSION_THRESHOLD) is suppressed; 0 is published.
// 3. Complementary suppression: in a breakdown whose values add up to the month's published total,
//    never exactly one cell is suppressed (else total minus the others gives it back): the smallest
//    other non-zero cell is suppressed too.
// 4. A month is published once: its cells are kept (encrypted) in the notebook's export journal, and a
//    later export or report repeats them as first published, even if a case of that month was added,
//    corrected or deleted since. So two exports of the same month never differ by one case.

export const SUPPRESSION_THRESHOLD = 5;
export const NOT_FILLED_VALUE = 'non-renseigne';

export type Suppression = '' | 'below-threshold' | 'complementary';

export interface ExportCell {
  month: string;
  unit: Unit;
  dimension: Dimension | 'total';
  /** A vocabulary code, a place's name, an indicator's library id, NOT_FILLED_VALUE, or '' for a total. */
  value: string;
  /** null when suppressed. */
  count: number | null;
  suppressed: Suppression;
}

/** The cells of one month, suppressed by rules 2 and 3. Pure. */
export function monthCells(cases: readonly StatCase[], month: string): ExportCell[] {
  const stats = computeStatistics(cases, month, month);
  const cells: ExportCell[] = UNITS.map((unit) => cell(month, unit, 'total', '', stats.totals[unit]));
  for (const dimension of DIMENSION_LIST) {
    const { unit } = DIMENSIONS[dimension];
    for (const row of stats.tables[dimension].rows) {
      const value = row.key === NOT_FILLED ? NOT_FILLED_VALUE : (row.label ?? row.key);
      cells.push(cell(month, unit, dimension, value, row.count));
    }
  }
  for (const unit of UNITS) {
    const total = cells.find((c) => c.unit === unit && c.dimension === 'total')!;
    if (total.count === null) continue;
    for (const dimension of DIMENSION_LIST) {
      if (DIMENSIONS[dimension].unit !== unit || DIMENSIONS[dimension].multi) continue;
      complement(cells.filter((c) => c.dimension === dimension));
    }
  }
  return cells;
}

function cell(
  month: string,
  unit: Unit,
  dimension: Dimension | 'total',
  value: string,
  n: number,
): ExportCell {
  const hidden = n > 0 && n < SUPPRESSION_THRESHOLD;
  return {
    month,
    unit,
    dimension,
    value,
    count: hidden ? null : n,
    suppressed: hidden ? 'below-threshold' : '',
  };
}

/** Rule 3 on one breakdown that adds up to a published total. */
function complement(group: ExportCell[]): void {
  const hidden = group.filter((c) => c.count === null).length;
  if (hidden !== 1) return;
  let smallest: ExportCell | undefined;
  for (const c of group)
    if (c.count !== null && c.count > 0 && (!smallest || c.count < smallest.count!)) smallest = c;
  if (smallest) {
    smallest.count = null;
    smallest.suppressed = 'complementary';
  }
}

/** What the export journal already published, per month. */
export type PublishedMonths = ReadonlyMap<string, readonly ExportCell[]>;

export interface AnonymisedFigures {
  from: string;
  to: string;
  cells: ExportCell[];
  /** Months repeated as first published (rule 4), and months published now for the first time. */
  repeated: string[];
  fresh: string[];
}

/** The cells of every month from `from` to `to`: published ones repeated, the others computed now. */
export function anonymisedFigures(
  cases: readonly StatCase[],
  from: string,
  to: string,
  published: PublishedMonths,
): AnonymisedFigures {
  const out: AnonymisedFigures = { from, to, cells: [], repeated: [], fresh: [] };
  for (const month of monthsBetween(from, to)) {
    const before = published.get(month);
    if (before) {
      out.cells.push(...before.map((c) => ({ ...c })));
      out.repeated.push(month);
    } else {
      out.cells.push(...monthCells(cases, month));
      out.fresh.push(month);
    }
  }
  return out;
}

/** A cell's HTCDS value (empty where none is exact). */
export function cellHtcdsValue(c: ExportCell): string {
  if (c.dimension === 'total') return '';
  return htcdsValue(c.dimension, c.value === NOT_FILLED_VALUE ? NOT_FILLED : c.value);
}
