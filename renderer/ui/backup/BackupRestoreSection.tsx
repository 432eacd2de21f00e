import { useState } from 'react';
import { BACKUP_EXTENSION, inspectBackup, restoreBackup } from '../../core/backup';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { BackupMessage } from './BackupMessage';
import { useBackupFile } from './useBackupFile';

/** A backup becomes a new notebook on this computer; it opens with that notebook's passphrase. */
export function BackupRestoreSection() {
  const { t, language } = useT();
  const [name, setName] = useState('');
  // The preview comes from the header and the hash pass; no row is kept in memory.
  const file = useBackupFile(
    [{ name: 'Dalili', extensions: [BACKUP_EXTENSION] }],
    async (reader, onProgress, signal) => {
      const backup = await inspectBackup(reader, onProgress, signal);
      return { createdAt: backup.createdAt, count: backup.recordCount };
    },
  );

  const restore = () =>
    file.run(async (reader, _preview, onProgress, signal) => {
      await restoreBackup(reader, name, {}, onProgress, signal);
      setName('');
      return { key: 'backup.restore.done', params: { name }, tone: 'ok' };
    });

  return (
    <div className="backup-section">
      <h3>{t('backup.restore.heading')}</h3>
      <p className="help">{t('backup.restore.help')}</p>
      {file.picked ? (
        <form
          autoComplete="off"
          className="vault-form"
          onSubmit={(event) => {
            event.preventDefault();
            void restore();
          }}
        >
          <p>
            {t('backup.restore.preview', {
              date: formatDate(language, new Date(file.picked.preview.createdAt).toISOString()),
              count: file.picked.preview.count,
            })}
          </p>
          <label className="vault-field">
            {t('backup.restore.nameLabel')}
            <input
              value={name}
              onChange={(event) => setName(event.target.value)}
              maxLength={40}
              required
              autoComplete="off"
            />
          </label>
          <p className="help">{t('backup.restore.nameHelp')}</p>
          <div className="vault-actions">
            <button type="submit" disabled={file.busy || name.trim() === ''}>
              {t('backup.restore.confirm')}
            </button>
            {!file.busy && (
              <button type="button" className="secondary" onClick={file.cancel}>
                {t('backup.cancel')}
              </button>
            )}
          </div>
        </form>
      ) : (
        <div className="vault-actions">
          <button type="button" onClick={() => void file.choose()} disabled={file.busy}>
            {t('backup.restore.choose')}
          </button>
        </div>
      )}
      <BackupMessage
        outcome={file.outcome}
        busy={file.busy ? 'backup.checking' : null}
        progress={file.progress}
        onCancel={file.stop}
      />
    </div>
  );
}
