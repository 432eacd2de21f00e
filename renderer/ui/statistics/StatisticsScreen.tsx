import { useEffect, useMemo, useState } from 'react';
import { todayIso } from '../../core/cases';
import {
  collectStatCases,
  computeStatistics,
  DIMENSION_LIST,
  type CollectedCases,
} from '../../core/statistics';
import type { VaultSession } from '../../core/vault';
import { useT } from '../i18n/useT';
import { BarChart } from './BarChart';
import { ExportPanel } from './ExportPanel';
import { monthText, PeriodPicker, presetPeriods, type Period } from './PeriodPicker';
import { QuarterlyReport } from './QuarterlyReport';
import { StatTableView } from './StatTableView';
import { useRowLabel } from './useRowLabel';
import './statistics.css';

/**
 * Dossiers → Statistiques (issue 21, point 2), loaded on first use. The notebook's cases are read once
 * into memory (the statistics' view only), counted for the chosen period, and dropped with the screen:
 * a lock unmounts it, and nothing is cached or stored in clear.
 */
export function StatisticsScreen({ session, onBack }: { session: VaultSession; onBack: () => void }) {
  const { t } = useT();
  const rowLabel = useRowLabel();
  const [today] = useState(todayIso);
  const [loaded, setLoaded] = useState<CollectedCases | 'failed' | null>(null);
  const [period, setPeriod] = useState<Period>(() => presetPeriods(today).thisYear);
  const [report, setReport] = useState(false);
  useEffect(() => {
    let live = true;
    collectStatCases(session).then(
      (collected) => live && setLoaded(collected),
      () => live && setLoaded('failed'),
    );
    return () => {
      live = false;
    };
  }, [session]);
  const cases = loaded !== null && loaded !== 'failed' ? loaded.cases : null;
  const stats = useMemo(
    () => (cases ? computeStatistics(cases, period.from, period.to) : null),
    [cases, period],
  );
  const back = (
    <button type="button" className="secondary" onClick={onBack}>
      {t('statistics.back')}
    </button>
  );
  if (loaded === 'failed')
    return (
      <>
        <p className="error-message" role="alert">
          {t('statistics.loadFailed')}
        </p>
        {back}
      </>
    );
  if (cases === null || stats === null || loaded === null)
    return (
      <p className="loading" role="status">
        {t('statistics.loading')}
      </p>
    );
  if (report)
    return <QuarterlyReport session={session} cases={cases} today={today} onClose={() => setReport(false)} />;
  const { totals } = stats;
  return (
    <div className="stat-screen">
      <div className="stat-head">
        <h2>{t('statistics.title')}</h2>
        {back}
      </div>
      <p className="case-intro">{t('statistics.intro')}</p>
      {loaded.unreadable > 0 && (
        <p className="warning">{t('statistics.unreadable', { count: loaded.unreadable })}</p>
      )}
      <PeriodPicker period={period} today={today} onChange={setPeriod} />
      <section className="panel stat-totals" aria-labelledby="stat-totals-title">
        <h3 id="stat-totals-title">{t('statistics.totals.title')}</h3>
        <p role="status">
          {t('statistics.period.shown', { from: monthText(period.from), to: monthText(period.to) })}
        </p>
        {totals.cases === 0 ? (
          <p>{t('statistics.totals.none')}</p>
        ) : (
          <ul className="stat-figures">
            <li>{t('statistics.totals.cases', { count: totals.cases })}</li>
            <li>{t('statistics.totals.victims', { count: totals.victims })}</li>
            <li>{t('statistics.totals.referrals', { count: totals.referrals })}</li>
          </ul>
        )}
        <p className="stat-note">{t('statistics.note.victims')}</p>
      </section>
      <div className="stat-charts">
        <BarChart
          unit={t('statistics.unit.cases')}
          layout="columns"
          title={t('statistics.chart.byMonth')}
          bars={stats.months.map((m, i) => ({
            label: monthText(m),
            value: stats.byMonth.cases[i]!,
            text: String(stats.byMonth.cases[i]),
          }))}
        />
        {(['province', 'exploitation'] as const).map((d) => (
          <BarChart
            unit={t('statistics.unit.cases')}
            key={d}
            layout="rows"
            title={t(d === 'province' ? 'statistics.chart.byProvince' : 'statistics.chart.byExploitation')}
            bars={stats.tables[d].rows.map((row) => ({
              label: rowLabel(d, row),
              value: row.count,
              text: String(row.count),
            }))}
          />
        ))}
      </div>
      <section aria-labelledby="stat-tables-title">
        <h3 id="stat-tables-title">{t('statistics.tables.title')}</h3>
        <div className="stat-tables">
          {DIMENSION_LIST.map((d) => (
            <StatTableView key={d} table={stats.tables[d]} />
          ))}
        </div>
      </section>
      <ExportPanel session={session} cases={cases} period={period} />
      <section className="panel">
        <button type="button" onClick={() => setReport(true)}>
          {t('statistics.report.open')}
        </button>
      </section>
    </div>
  );
}
