import { useEffect, useState } from 'react';
import { readExportJournal, type ExportEntry } from '../../core/statistics';
import type { VaultSession } from '../../core/vault';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { monthText } from './PeriodPicker';

/** The notebook's export journal, newest first: when, what, which months (read from the vault each time). */
export function ExportJournalList({ session, version }: { session: VaultSession; version: number }) {
  const { t, language } = useT();
  const [entries, setEntries] = useState<ExportEntry[] | null>(null);
  const [damaged, setDamaged] = useState(0);
  useEffect(() => {
    let live = true;
    readExportJournal(session).then(
      (journal) => {
        if (!live) return;
        setEntries(journal.entries.map((e) => e.value));
        setDamaged(journal.damaged);
      },
      () => live && setDamaged(1),
    );
    return () => {
      live = false;
    };
  }, [session, version]);
  return (
    <div className="stat-journal">
      <h4>{t('statistics.journal.title')}</h4>
      {damaged > 0 && <p className="error-message">{t('statistics.export.journalDamaged')}</p>}
      {entries !== null && entries.length === 0 && <p>{t('statistics.journal.empty')}</p>}
      {entries !== null && entries.length > 0 && (
        <ul>
          {entries.map((e) => (
            <li key={e.at}>
              {t('statistics.journal.line', {
                date: formatDate(language, new Date(e.at).toISOString().slice(0, 10)),
                format: t(`statistics.journal.format.${e.format}`),
                from: monthText(e.from),
                to: monthText(e.to),
              })}
              {!e.done && <span className="stat-note"> ({t('statistics.journal.pending')})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
