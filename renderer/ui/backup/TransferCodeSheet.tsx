import { useT } from '../i18n/useT';
import { BackupMessage, type Outcome } from './BackupMessage';

/** The one-time code, shown once, in groups, with what to do with it. */
export function TransferCodeSheet({
  code,
  outcome,
  onDone,
}: {
  code: string;
  outcome: Outcome;
  onDone: () => void;
}) {
  const { t } = useT();
  return (
    <div className="backup-section">
      <h3>{t('backup.transfer.codeHeading')}</h3>
      <BackupMessage outcome={outcome} />
      <p>{t('backup.transfer.codeHelp')}</p>
      <p className="vault-recovery-key backup-transfer-code" aria-label={t('backup.transfer.codeLabel')}>
        {code.split('-').map((group, i) => (
          <span key={i}>{group}</span>
        ))}
      </p>
      <p className="warning">{t('backup.transfer.codeWarning')}</p>
      <div className="vault-actions">
        <button type="button" onClick={onDone}>
          {t('backup.transfer.codeDone')}
        </button>
      </div>
    </div>
  );
}
