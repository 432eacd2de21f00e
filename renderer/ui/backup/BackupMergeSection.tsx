import { BACKUP_EXTENSION, BackupError, inspectBackup, mergeBackup } from '../../core/backup';
import { useState } from 'react';
import type { VaultSession } from '../../core/vault';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { BackupMessage } from './BackupMessage';
import { useBackupFile } from './useBackupFile';

/** Merges a backup of this same notebook (from another computer, or older) into it. */
export function BackupMergeSection({
  session,
  vaultId,
  onMerged,
}: {
  session: VaultSession;
  vaultId: string;
  onMerged: () => void;
}) {
  const { t, language } = useT();
  // Said after the merge: only then are the backup's rows read with this notebook's key.
  const [older, setOlder] = useState<{ count: number; at: number } | null>(null);
  // The preview comes from the header and the hash pass; no row is kept in memory.
  const file = useBackupFile(
    [{ name: 'Dalili', extensions: [BACKUP_EXTENSION] }],
    async (reader, onProgress, signal) => {
      const backup = await inspectBackup(reader, onProgress, signal);
      // Said before the confirmation, not after: a backup of another notebook cannot be merged.
      if (backup.header.vaultId !== vaultId) throw new BackupError('other-vault');
      return { createdAt: backup.createdAt, count: backup.recordCount };
    },
  );

  const merge = () =>
    file.run(async (reader, _preview, onProgress, signal) => {
      setOlder(null);
      const s = await mergeBackup(session, reader, Date.now(), onProgress, signal);
      onMerged();
      if (s.counters && s.counters.backup < s.counters.here)
        setOlder({ count: s.counters.here - s.counters.backup, at: s.counters.backupSavedAt });
      return {
        key: s.conflicts > 0 ? 'backup.merge.doneConflicts' : 'backup.merge.done',
        params: { added: s.added, updated: s.updated + s.repaired, conflicts: s.conflicts },
        tone: 'ok',
      };
    });

  return (
    <div className="backup-section">
      <h3>{t('backup.merge.heading')}</h3>
      <p className="help">{t('backup.merge.help')}</p>
      {file.picked ? (
        <>
          <p>
            {t('backup.merge.preview', {
              date: formatDate(language, new Date(file.picked.preview.createdAt).toISOString()),
              count: file.picked.preview.count,
            })}
          </p>
          <div className="vault-actions">
            <button type="button" onClick={() => void merge()} disabled={file.busy}>
              {t('backup.merge.confirm')}
            </button>
            {!file.busy && (
              <button type="button" className="secondary" onClick={file.cancel}>
                {t('backup.cancel')}
              </button>
            )}
          </div>
        </>
      ) : (
        <div className="vault-actions">
          <button type="button" onClick={() => void file.choose()} disabled={file.busy}>
            {t('backup.merge.choose')}
          </button>
        </div>
      )}
      <BackupMessage
        outcome={file.outcome}
        busy={file.busy ? 'backup.checking' : null}
        progress={file.progress}
        onCancel={file.stop}
      />
      {older && (
        <p className="warning">
          {t('backup.merge.older', {
            count: older.count,
            at: formatDate(language, new Date(older.at).toISOString()),
          })}
        </p>
      )}
    </div>
  );
}
