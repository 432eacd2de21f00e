import { useState } from 'react';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { daysSince, useBackupReminder } from './backupReminder';

/** "Dernière sauvegarde : 4 décembre 2026 (il y a 3 jours)", or that there was none on this computer. */
export function LastBackupLine({ profileId }: { profileId: string }) {
  // Read once per showing: the day count does not need to tick while the page is open.
  const [now] = useState(() => Date.now());
  const { t, language } = useT();
  const { last } = useBackupReminder();
  const at = last[profileId];
  const since = daysSince(at, now);
  if (at === undefined || since === null) return <p className="backup-last">{t('backup.last.never')}</p>;
  const date = formatDate(language, new Date(at).toISOString());
  const ago =
    since === 0
      ? t('backup.last.today')
      : t(since === 1 ? 'backup.last.daysAgo.one' : 'backup.last.daysAgo.other', { count: since });
  return <p className="backup-last">{t('backup.last.on', { date, ago })}</p>;
}
