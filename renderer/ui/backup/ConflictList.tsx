import { useEffect, useState } from 'react';
import {
  keepCurrentVersion,
  listConflicts,
  restoreCopiedVersion,
  type ConflictEntry,
} from '../../core/backup';
import type { VaultSession } from '../../core/vault';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { BackupMessage, type Outcome } from './BackupMessage';
import { backupErrorMessage } from './backupErrorMessage';
import { kindLabel } from './kindLabel';

/** Versions a merge kept aside because both sides differed; the person decides which one stays. */
export function ConflictList({
  session,
  version,
  onChanged,
}: {
  session: VaultSession;
  version: number;
  onChanged: () => void;
}) {
  const { t, language } = useT();
  const [entries, setEntries] = useState<ConflictEntry[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    listConflicts(session).then(
      (list) => live && setEntries(list),
      (error: unknown) => live && setOutcome({ key: backupErrorMessage(error), tone: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [session, version]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setOutcome({ key: 'backup.conflicts.resolved', tone: 'ok' });
      onChanged();
    } catch (error) {
      setOutcome({ key: backupErrorMessage(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  if (entries === null || (entries.length === 0 && outcome === null)) return null;
  const day = (ms: number) => formatDate(language, new Date(ms).toISOString());
  return (
    <div className="backup-section">
      <h3>{t('backup.conflicts.heading', { count: entries.length })}</h3>
      <p className="help">{t('backup.conflicts.help')}</p>
      <ul className="backup-conflicts">
        {entries.map((entry) => (
          <li key={entry.id}>
            <span>
              {t(
                entry.payload.side === 'backup' ? 'backup.conflicts.fromFile' : 'backup.conflicts.fromHere',
                {
                  kind: t(kindLabel(entry.payload.kind)),
                  caseId: entry.payload.caseId?.slice(0, 8) ?? '—',
                  date: day(entry.payload.updatedAt),
                },
              )}
            </span>
            <span className="vault-actions">
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() => void act(() => keepCurrentVersion(session, entry))}
              >
                {t('backup.conflicts.keepCurrent')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() => void act(() => restoreCopiedVersion(session, entry))}
              >
                {t('backup.conflicts.useCopy')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <BackupMessage outcome={outcome} />
    </div>
  );
}
