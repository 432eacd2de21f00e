import { cellHtcdsValue, SUPPRESSION_THRESHOLD, type AnonymisedFigures, type ExportCell } from './anonymise';
import { HTCDS_FIELD } from './htcdsFields';

// The two export files (issue 21): the same cells, as CSV (one line per cell) and as JSON. Only month
// cells: no case, no person, no free text beyond the names of provinces and territories.

export const EXPORT_COLUMNS = [
  'month',
  'unit',
  'field',
  'htcds_value',
  'dalili_value',
  'count',
  'suppressed',
] as const;

export const HTCDS_SOURCE =
  'Human Trafficking Case Data Standard (HTCDS) 2.0, UNMigration/HTCDS, « HTCDS Field Standards 2.0.ods »';

function line(c: ExportCell): string[] {
  return [
    c.month,
    c.unit,
    HTCDS_FIELD[c.dimension],
    cellHtcdsValue(c),
    c.value,
    c.count === null ? '' : String(c.count),
    c.suppressed,
  ];
}

/** RFC 4180 quoting; a value a spreadsheet would run as a formula is prefixed with an apostrophe. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportCsv(figures: AnonymisedFigures): string {
  const rows = [EXPORT_COLUMNS as readonly string[], ...figures.cells.map(line)];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function exportJson(figures: AnonymisedFigures): string {
  return JSON.stringify(
    {
      format: 'dalili-statistics',
      version: 1,
      standard: HTCDS_SOURCE,
      period: { from: figures.from, to: figures.to },
      threshold: SUPPRESSION_THRESHOLD,
      repeatedMonths: figures.repeated,
      cells: figures.cells.map((c) => ({
        month: c.month,
        unit: c.unit,
        field: HTCDS_FIELD[c.dimension],
        htcds_value: cellHtcdsValue(c),
        dalili_value: c.value,
        count: c.count,
        suppressed: c.suppressed,
      })),
    },
    null,
    1,
  );
}
