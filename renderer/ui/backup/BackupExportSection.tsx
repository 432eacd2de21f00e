import { useState } from 'react';
import { exportBackup } from '../../core/backup/exportBackup';
import { BACKUP_EXTENSION } from '../../core/backup/backupLimits';
import type { VaultSession } from '../../core/vault/vaultSession';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { BackupMessage, type Outcome } from './BackupMessage';
import { backupErrorMessage } from './backupErrorMessage';

/** Saves the whole notebook, still encrypted, as one .dalili-backup file. */
export function BackupExportSection({ session }: { session: VaultSession }) {
  const { t } = useT();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const save = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const backup = await exportBackup(session);
      const saved = await platform.saveFile(backup.suggestedName, backup.bytes, [{ name: 'Dalili', extensions: [BACKUP_EXTENSION] }]);
      if (saved.saved) setOutcome({ key: backup.skipped > 0 ? 'backup.export.savedSkipped' : 'backup.export.saved', params: { count: backup.recordCount, skipped: backup.skipped }, tone: 'ok' });
    } catch (error) {
      setOutcome({ key: backupErrorMessage(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="backup-section">
      <h3>{t('backup.export.heading')}</h3>
      <p className="help">{t('backup.export.help')}</p>
      <div className="vault-actions">
        <button type="button" onClick={() => void save()} disabled={busy}>
          {t('backup.export.button')}
        </button>
      </div>
      <BackupMessage outcome={outcome} busy={busy ? 'backup.export.working' : null} />
    </div>
  );
}
