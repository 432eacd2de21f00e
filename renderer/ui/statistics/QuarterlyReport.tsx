import { useEffect, useState } from 'react';
import {
  anonymisedFigures,
  DIMENSION_LIST,
  figureTable,
  journalExport,
  NOT_FILLED,
  NOT_FILLED_VALUE,
  quarterOf,
  readExportJournal,
  settleExport,
  type AnonymisedFigures,
  type StatCase,
} from '../../core/statistics';
import type { VaultSession } from '../../core/vault';
import { nowMs } from '../cases/clock';
import { useT } from '../i18n/useT';
import { useOfficeSettings } from '../settings/officeSettings';
import { usePlatform } from '../shell/usePlatform';
import { useOpenVault } from '../vault/useOpenVault';
import { BarChart } from './BarChart';
import { figureCellText, figureSumText } from './figureCellText';
import { monthText } from './PeriodPicker';
import { ReportTable } from './ReportTable';
import { useRowLabel } from './useRowLabel';

/** The last eight calendar quarters, newest first. */
function recentQuarters(today: string): { from: string; to: string; quarter: number; year: number }[] {
  const out = [];
  let month = today.slice(0, 7);
  for (let i = 0; i < 8; i++) {
    const q = quarterOf(month);
    out.push({
      from: q.from,
      to: q.to,
      quarter: Math.floor((Number(q.from.slice(5, 7)) - 1) / 3) + 1,
      year: Number(q.from.slice(0, 4)),
    });
    const y = Number(q.from.slice(0, 4));
    const m = Number(q.from.slice(5, 7));
    month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  }
  return out;
}

/**
 * The quarterly report for the provincial coordination meeting (issue 21): the anonymised figures of the
 * export, as charts and tables, on A4 with the period and the office at the top of every page and the
 * page number at the foot (statistics.css). Printing it is journalled like an export.
 */
export function QuarterlyReport({
  session,
  cases,
  today,
  onClose,
}: {
  session: VaultSession;
  cases: readonly StatCase[];
  today: string;
  onClose: () => void;
}) {
  const { t } = useT();
  const platform = usePlatform();
  const rowLabel = useRowLabel();
  const quarters = recentQuarters(today);
  const [chosen, setChosen] = useState(0);
  const q = quarters[chosen]!;
  // Figures of the quarter they were made for: a change of quarter shows « Calcul… » until its own arrive.
  const [made, setMade] = useState<{ from: string; figures: AnonymisedFigures | 'damaged' } | null>(null);
  const figures = made?.from === q.from ? made.figures : null;
  const [failed, setFailed] = useState(false);
  const notebook = useOpenVault()?.profile.name ?? '';
  const office = useOfficeSettings().service || notebook || t('statistics.report.toComplete');
  useEffect(() => {
    let live = true;
    readExportJournal(session).then(
      (journal) =>
        live &&
        setMade({
          from: q.from,
          figures:
            journal.damaged > 0 ? 'damaged' : anonymisedFigures(cases, q.from, q.to, journal.published),
        }),
      () => live && setMade({ from: q.from, figures: 'damaged' }),
    );
    return () => {
      live = false;
    };
  }, [session, cases, q.from, q.to]);
  const quarterLabel = t('statistics.report.quarterLabel', { quarter: q.quarter, year: q.year });
  const print = async () => {
    if (figures === null || figures === 'damaged') return;
    setFailed(false);
    try {
      const pending = await journalExport(session, figures, 'report', nowMs());
      const result = await platform.printToPdf(`dalili-rapport-${q.year}-T${q.quarter}.pdf`);
      // The browser cannot tell whether the page was printed: the entry then stays, unconfirmed.
      if (result.saved !== 'unknown') await settleExport(session, pending, result.saved);
    } catch {
      setFailed(true);
    }
  };
  const bars = (dimension: 'province' | 'exploitation') =>
    figureTable(figures as AnonymisedFigures, dimension).map((row) => {
      const key = row.value === NOT_FILLED_VALUE ? NOT_FILLED : row.value;
      return {
        label: rowLabel(
          dimension,
          dimension === 'province' && key !== NOT_FILLED ? { key, label: row.value } : { key },
        ),
        value: row.sum,
        text: figureSumText(t, row.sum, row.partial),
      };
    });
  return (
    <div className="stat-report-wrapper">
      <div className="stat-no-print stat-report-tools panel">
        <p className="notice">{t('statistics.report.notice')}</p>
        <label htmlFor="stat-quarter">{t('statistics.report.quarter')}</label>{' '}
        <select id="stat-quarter" value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
          {quarters.map((x, i) => (
            <option key={x.from} value={i}>
              {t('statistics.report.quarterLabel', { quarter: x.quarter, year: x.year })}
            </option>
          ))}
        </select>
        <div className="stat-actions">
          <button
            type="button"
            disabled={figures === null || figures === 'damaged'}
            onClick={() => void print()}
          >
            {t('statistics.report.print')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('statistics.report.close')}
          </button>
        </div>
        <div role="status">
          {failed && <p className="error-message">{t('statistics.report.printFailed')}</p>}
        </div>
      </div>
      {figures === 'damaged' && <p className="error-message">{t('statistics.export.journalDamaged')}</p>}
      {figures === null && <p className="loading">{t('statistics.loading')}</p>}
      {figures !== null && figures !== 'damaged' && (
        <table className="stat-report">
          <thead>
            <tr>
              <td className="stat-report-running">
                {t('statistics.report.heading')} · {quarterLabel} ·{' '}
                {t('statistics.report.office', { office })}
              </td>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <h2>{t('statistics.report.heading')}</h2>
                <p>
                  {t('statistics.report.period', {
                    quarter: quarterLabel,
                    from: monthText(q.from),
                    to: monthText(q.to),
                  })}
                </p>
                <p>{t('statistics.report.office', { office })}</p>
                <p className="stat-note">{t('statistics.report.rule')}</p>
                <ReportTable figures={figures} dimension="total" />
                <BarChart
                  unit={t('statistics.unit.cases')}
                  layout="columns"
                  title={t('statistics.chart.byMonth')}
                  bars={figureTable(figures, 'total')
                    .filter((r) => r.unit === 'cases')
                    .flatMap((r) => r.months)
                    .map((cell) => ({
                      label: cell ? monthText(cell.month) : '',
                      value: cell?.count ?? null,
                      text: figureCellText(t, cell),
                    }))}
                />
                <BarChart
                  unit={t('statistics.unit.cases')}
                  layout="rows"
                  title={t('statistics.chart.byProvince')}
                  bars={bars('province')}
                />
                <BarChart
                  unit={t('statistics.unit.cases')}
                  layout="rows"
                  title={t('statistics.chart.byExploitation')}
                  bars={bars('exploitation')}
                />
                {DIMENSION_LIST.map((d) => (
                  <ReportTable key={d} figures={figures} dimension={d} />
                ))}
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
