import { BACKUP_EXTENSION, backupFileName, saveBackup } from '../../core/backup';
import type { ProfileSummary, VaultSession } from '../../core/vault';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { BackupMessage } from './BackupMessage';
import { BackupReminderSetting } from './BackupReminderSetting';
import { backupReminder } from './backupReminder';
import { LastBackupLine } from './LastBackupLine';
import { useBackupStep } from './useBackupStep';

/** Saves the whole notebook, still encrypted, as one .dalili-backup file, streamed to disk. */
export function BackupExportSection({
  session,
  profile,
}: {
  session: VaultSession;
  profile: ProfileSummary;
}) {
  const { t } = useT();
  const platform = usePlatform();
  const { busy, outcome, setOutcome, progress, step, stop } = useBackupStep();

  // Where to save is asked first; then the notebook is streamed into the file, which appears under
  // its name only once complete (a failure or a cancel throws the unfinished file away).
  const save = () =>
    step(async ({ onProgress, cancellable }) => {
      setOutcome(null);
      const now = Date.now();
      const writer = await platform.createFileWriter(backupFileName(now, profile.name), [
        { name: 'Dalili', extensions: [BACKUP_EXTENSION] },
      ]);
      if (writer === null) return;
      const backup = await saveBackup(session, writer, { now, onProgress, signal: cancellable() });
      backupReminder.recordBackup(profile.id, now);
      setOutcome({
        key: backup.skipped > 0 ? 'backup.export.savedSkipped' : 'backup.export.saved',
        params: { count: backup.recordCount, skipped: backup.skipped },
        tone: 'ok',
      });
    });

  return (
    <div className="backup-section">
      <h3>{t('backup.export.heading')}</h3>
      <p className="help">{t('backup.export.help')}</p>
      <LastBackupLine profileId={profile.id} />
      <div className="vault-actions">
        <button type="button" onClick={() => void save()} disabled={busy}>
          {t('backup.export.button')}
        </button>
      </div>
      <BackupMessage
        outcome={outcome}
        busy={busy ? 'backup.export.working' : null}
        progress={progress}
        onCancel={stop}
      />
      <BackupReminderSetting />
    </div>
  );
}
