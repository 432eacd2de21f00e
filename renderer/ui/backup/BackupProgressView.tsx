import type { BackupProgress } from '../../core/backup';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';

const STEP_MESSAGE: Record<BackupProgress['step'], MessageKey> = {
  reading: 'backup.progress.reading',
  writing: 'backup.progress.writing',
  checking: 'backup.progress.checking',
  restoring: 'backup.progress.restoring',
  merging: 'backup.progress.merging',
};

/** "Sauvegarde en cours… 12 000 / 30 800" and a progress bar, announced politely. */
export function BackupProgressView({ progress }: { progress: BackupProgress }) {
  const { t, language } = useT();
  const number = (n: number) => Math.round(n).toLocaleString(language);
  const percent = progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : 0;
  return (
    <div className="backup-progress" role="status">
      <p className="loading">
        {t(STEP_MESSAGE[progress.step], {
          done: number(progress.done),
          total: number(progress.total),
          percent: String(percent),
        })}
      </p>
      <progress
        max={Math.max(1, progress.total)}
        value={Math.min(progress.done, progress.total)}
        aria-label={t('backup.progress.label')}
      />
    </div>
  );
}
