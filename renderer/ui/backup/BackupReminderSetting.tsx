import { useT } from '../i18n/useT';
import { backupReminder, REMINDER_CHOICES, useBackupReminder, type ReminderDays } from './backupReminder';

/** How often the Dossiers page reminds to back up: never, or after 7, 14 or 30 days. */
export function BackupReminderSetting() {
  const { t } = useT();
  const { days } = useBackupReminder();
  return (
    <div className="vault-field">
      <label htmlFor="backup-reminder">{t('backup.reminder.label')}</label>
      <select
        id="backup-reminder"
        value={days}
        onChange={(e) => backupReminder.setDays(Number(e.target.value) as ReminderDays)}
        aria-describedby="backup-reminder-help"
      >
        {REMINDER_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choice === 0 ? t('backup.reminder.off') : t('backup.reminder.days', { days: choice })}
          </option>
        ))}
      </select>
      <p id="backup-reminder-help" className="help">
        {t('backup.reminder.help')}
      </p>
    </div>
  );
}
