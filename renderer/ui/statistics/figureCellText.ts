import type { ExportCell } from '../../core/statistics';
import type { I18n } from '../i18n/I18nProvider';

/** How a published or suppressed cell is written in the report: the number, « < 5 » or « masqué ». */
export function figureCellText(t: I18n['t'], cell: ExportCell | undefined): string {
  if (cell === undefined) return '0';
  if (cell.count !== null) return String(cell.count);
  return t(
    cell.suppressed === 'complementary' ? 'statistics.report.complementary' : 'statistics.report.suppressed',
  );
}

export function figureSumText(t: I18n['t'], sum: number, partial: boolean): string {
  return partial ? t('statistics.report.atLeast', { count: sum }) : String(sum);
}
