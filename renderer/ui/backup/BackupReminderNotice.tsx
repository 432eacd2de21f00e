import { useState } from 'react';
import { useT } from '../i18n/useT';
import { daysSince, reminderDue, useBackupReminder } from './backupReminder';

/** On the Dossiers page, when the period chosen in Paramètres has run out: a calm notice and the way there. */
export function BackupReminderNotice({ profileId }: { profileId: string }) {
  // Read once per showing: the day count does not need to tick while the page is open.
  const [now] = useState(() => Date.now());
  const { t } = useT();
  const state = useBackupReminder();
  if (!reminderDue(state, profileId, now)) return null;
  const since = daysSince(state.last[profileId], now);
  return (
    <p className="notice backup-reminder" role="status">
      {since === null ? t('backup.reminder.never') : t('backup.reminder.due', { count: since })}{' '}
      <a href="#/parametres/sauvegarde">{t('backup.reminder.go')}</a>
    </p>
  );
}
