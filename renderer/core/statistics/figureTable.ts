import type { AnonymisedFigures, ExportCell } from './anonymise';
import type { Dimension, Unit } from './dimensions';
import { monthsBetween } from './months';

export interface FigureRow {
  /** The cell value: a code, a place's name, an indicator id, NOT_FILLED_VALUE, or '' for a total. */
  value: string;
  unit: Unit;
  /** One cell per month of the period, in order (undefined: the value did not appear that month). */
  months: (ExportCell | undefined)[];
  /** The sum of the published cells only. */
  sum: number;
  /** A cell of the row is suppressed: `sum` is a lower bound (« au moins »). */
  partial: boolean;
}

/**
 * The rows of one breakdown of anonymised figures, months side by side, in the order the values first
 * appear. Quarter sums add only what was published, so they reveal nothing the cells do not.
 */
export function figureTable(figures: AnonymisedFigures, dimension: Dimension | 'total'): FigureRow[] {
  const months = monthsBetween(figures.from, figures.to);
  const at = new Map(months.map((m, i) => [m, i]));
  const rows = new Map<string, FigureRow>();
  for (const cell of figures.cells) {
    if (cell.dimension !== dimension) continue;
    const i = at.get(cell.month);
    if (i === undefined) continue;
    const key = `${cell.unit}|${cell.value}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        value: cell.value,
        unit: cell.unit,
        months: months.map(() => undefined),
        sum: 0,
        partial: false,
      };
      rows.set(key, row);
    }
    row.months[i] = cell;
    if (cell.count === null) row.partial = true;
    else row.sum += cell.count;
  }
  return [...rows.values()];
}
