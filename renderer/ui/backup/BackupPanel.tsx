import { useState } from 'react';
import { reloadNotebook } from '../cases/notebookStore';
import { useT } from '../i18n/useT';
import { useOpenVault } from '../vault/useOpenVault';
import { BackupExportSection } from './BackupExportSection';
import { BackupMergeSection } from './BackupMergeSection';
import { BackupRestoreSection } from './BackupRestoreSection';
import { ConflictList } from './ConflictList';
import { TransferExportSection } from './TransferExportSection';
import { TransferImportSection } from './TransferImportSection';
import '../vault/vault.css';
import './backup.css';

/**
 * Backups and case transfers, for the Settings page. Everything that reads or writes the open
 * notebook is shown only while it is open (and disappears at once when it locks); restoring a
 * backup as a new notebook needs no open notebook.
 */
export function BackupPanel() {
  const { t } = useT();
  const open = useOpenVault();
  // Bumped after a merge, an import or a resolution, so the lists (and the case list) read the vault again.
  const [version, setVersion] = useState(0);
  const bump = () => {
    setVersion((v) => v + 1);
    if (open) reloadNotebook(open.session);
  };
  return (
    <section className="panel backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="help">{t('backup.intro')}</p>
      {open ? (
        <>
          <BackupExportSection session={open.session} profile={open.profile} />
          <BackupMergeSection session={open.session} vaultId={open.profile.id} onMerged={bump} />
          <ConflictList session={open.session} version={version} onChanged={bump} />
          <TransferExportSection session={open.session} version={version} />
          <TransferImportSection session={open.session} onImported={bump} />
        </>
      ) : (
        <p className="backup-locked">{t('backup.lockedHint')}</p>
      )}
      <BackupRestoreSection />
    </section>
  );
}
