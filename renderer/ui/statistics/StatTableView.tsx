import type { StatTable } from '../../core/statistics';
import { DIMENSIONS } from '../../core/statistics';
import { useT } from '../i18n/useT';
import { useRowLabel } from './useRowLabel';

/** One breakdown as a table: value, count, share of the unit counted. */
export function StatTableView({ table }: { table: StatTable }) {
  const { t, language } = useT();
  const rowLabel = useRowLabel();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const { multi } = DIMENSIONS[table.dimension];
  return (
    <table className="stat-table">
      <caption>
        {t(`statistics.dim.${table.dimension}`)}
        {multi && <span className="stat-note"> {t('statistics.note.multi')}</span>}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('statistics.table.value')}</th>
          <th scope="col" className="stat-number">
            {t(`statistics.unit.${table.unit}`)}
          </th>
          <th scope="col" className="stat-number">
            {t('statistics.table.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{rowLabel(table.dimension, row)}</th>
            <td className="stat-number">{row.count}</td>
            <td className="stat-number">
              {table.total === 0 ? '—' : percent.format(row.count / table.total)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
