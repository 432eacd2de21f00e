import { bytesSource } from '../../core/backup/byteStream';
import { useState } from 'react';
import { decodeBackup } from '../../core/backup/backupFile';
import { BACKUP_EXTENSION } from '../../core/backup/backupLimits';
import { restoreBackup } from '../../core/backup/restoreBackup';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { BackupMessage } from './BackupMessage';
import { useBackupFile } from './useBackupFile';

/** A backup becomes a new notebook on this computer; it opens with that notebook's passphrase. */
export function BackupRestoreSection() {
  const { t, language } = useT();
  const [name, setName] = useState('');
  const file = useBackupFile([{ name: 'Dalili', extensions: [BACKUP_EXTENSION] }], async (bytes) => {
    const backup = await decodeBackup(bytes);
    return { createdAt: backup.createdAt, count: backup.rows.length };
  });

  const restore = () =>
    file.run(async (bytes) => {
      await restoreBackup(bytesSource(bytes), name);
      setName('');
      return { key: 'backup.restore.done', params: { name }, tone: 'ok' };
    });

  return (
    <div className="backup-section">
      <h3>{t('backup.restore.heading')}</h3>
      <p className="help">{t('backup.restore.help')}</p>
      {file.picked ? (
        <form
          className="vault-form"
          onSubmit={(event) => {
            event.preventDefault();
            void restore();
          }}
        >
          <p>{t('backup.restore.preview', { date: formatDate(language, new Date(file.picked.preview.createdAt).toISOString()), count: file.picked.preview.count })}</p>
          <label className="vault-field">
            {t('backup.restore.nameLabel')}
            <input value={name} onChange={(event) => setName(event.target.value)} maxLength={40} required autoComplete="off" />
          </label>
          <p className="help">{t('backup.restore.nameHelp')}</p>
          <div className="vault-actions">
            <button type="submit" disabled={file.busy || name.trim() === ''}>
              {t('backup.restore.confirm')}
            </button>
            <button type="button" className="secondary" onClick={file.cancel} disabled={file.busy}>
              {t('backup.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="vault-actions">
          <button type="button" onClick={() => void file.choose()} disabled={file.busy}>
            {t('backup.restore.choose')}
          </button>
        </div>
      )}
      <BackupMessage outcome={file.outcome} busy={file.busy ? 'backup.checking' : null} />
    </div>
  );
}
