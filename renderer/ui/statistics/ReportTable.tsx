import {
  figureTable,
  NOT_FILLED,
  NOT_FILLED_VALUE,
  type AnonymisedFigures,
  type Dimension,
  type Unit,
} from '../../core/statistics';
import { monthsBetween } from '../../core/statistics';
import { useT } from '../i18n/useT';
import { figureCellText, figureSumText } from './figureCellText';
import { monthText } from './PeriodPicker';
import { useRowLabel } from './useRowLabel';

const PLACES: readonly (Dimension | 'total')[] = ['province', 'territory'];

/** One breakdown of the anonymised figures: a row per value, a column per month, then the quarter. */
export function ReportTable({
  figures,
  dimension,
}: {
  figures: AnonymisedFigures;
  dimension: Dimension | 'total';
}) {
  const { t } = useT();
  const rowLabel = useRowLabel();
  const months = monthsBetween(figures.from, figures.to);
  const rows = figureTable(figures, dimension);
  const label = (value: string, unit: Unit) => {
    if (dimension === 'total') return t(`statistics.unit.${unit}`);
    const key = value === NOT_FILLED_VALUE ? NOT_FILLED : value;
    return rowLabel(
      dimension,
      PLACES.includes(dimension) && key !== NOT_FILLED ? { key, label: value } : { key },
    );
  };
  return (
    <table className="stat-table stat-report-table">
      <caption>
        {dimension === 'total' ? t('statistics.totals.title') : t(`statistics.dim.${dimension}`)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('statistics.table.value')}</th>
          {months.map((m) => (
            <th key={m} scope="col" className="stat-number">
              {monthText(m)}
            </th>
          ))}
          <th scope="col" className="stat-number">
            {t('statistics.report.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.unit}|${row.value}`}>
            <th scope="row">{label(row.value, row.unit)}</th>
            {row.months.map((cell, i) => (
              <td key={i} className="stat-number">
                {figureCellText(t, cell)}
              </td>
            ))}
            <td className="stat-number">{figureSumText(t, row.sum, row.partial)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
