import { useState } from 'react';
import {
  anonymisedFigures,
  exportCsv,
  exportJson,
  journalExport,
  readExportJournal,
  settleExport,
  type StatCase,
} from '../../core/statistics';
import type { SaveResult } from '../../contract/bridgeContract';
import type { VaultSession } from '../../core/vault';
import { nowMs } from '../cases/clock';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { ExportJournalList } from './ExportJournalList';
import type { Period } from './PeriodPicker';

type Message = { kind: 'ok' | 'error' | 'info'; text: string };

/**
 * The anonymised export (CSV or JSON): journalled first, then saved through the platform; a cancelled
 * save removes the journal entry. The figures are made here, from the cases in memory, and dropped after.
 */
export function ExportPanel({
  session,
  cases,
  period,
}: {
  session: VaultSession;
  cases: readonly StatCase[];
  period: Period;
}) {
  const { t } = useT();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [journalVersion, setJournalVersion] = useState(0);
  const run = async (format: 'csv' | 'json') => {
    setBusy(true);
    setMessage({ kind: 'info', text: t('statistics.export.busy') });
    try {
      const journal = await readExportJournal(session);
      if (journal.damaged > 0)
        return setMessage({ kind: 'error', text: t('statistics.export.journalDamaged') });
      const figures = anonymisedFigures(cases, period.from, period.to, journal.published);
      const text = format === 'csv' ? exportCsv(figures) : exportJson(figures);
      const pending = await journalExport(session, figures, format, nowMs());
      let saved: SaveResult = { saved: false };
      try {
        saved = await platform.saveFile(
          `dalili-statistiques-${period.from}-${period.to}.${format}`,
          new TextEncoder().encode(text),
          [{ name: format.toUpperCase(), extensions: [format] }],
        );
      } finally {
        await settleExport(session, pending, saved.saved);
        setJournalVersion((v) => v + 1);
      }
      const repeated = figures.repeated.length;
      setMessage(
        saved.saved
          ? {
              kind: 'ok',
              text: [
                t('statistics.export.done', { name: saved.fileName }),
                repeated > 0 ? t('statistics.export.repeated', { count: repeated }) : '',
              ].join(' '),
            }
          : { kind: 'info', text: t('statistics.export.cancelled') },
      );
    } catch {
      setMessage({ kind: 'error', text: t('statistics.export.failed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel stat-export" aria-labelledby="stat-export-title">
      <h3 id="stat-export-title">{t('statistics.export.title')}</h3>
      <p>{t('statistics.export.intro')}</p>
      <div className="stat-actions">
        <button type="button" disabled={busy} onClick={() => void run('csv')}>
          {t('statistics.export.csv')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('json')}>
          {t('statistics.export.json')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message && (
          <p
            className={
              message.kind === 'ok'
                ? 'success-message'
                : message.kind === 'error'
                  ? 'error-message'
                  : 'loading'
            }
          >
            {message.text}
          </p>
        )}
      </div>
      <ExportJournalList session={session} version={journalVersion} />
    </section>
  );
}
