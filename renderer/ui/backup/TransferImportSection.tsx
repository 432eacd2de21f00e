import { useState } from 'react';
import { checkTransferFile, importTransfer, readAll, TRANSFER_EXTENSION } from '../../core/backup';
import type { VaultSession } from '../../core/vault';
import { useT } from '../i18n/useT';
import { BackupMessage } from './BackupMessage';
import { useBackupFile } from './useBackupFile';

/** A transfer file from another office, opened with the code they gave by another channel. */
export function TransferImportSection({
  session,
  onImported,
}: {
  session: VaultSession;
  onImported: () => void;
}) {
  const { t } = useT();
  const [code, setCode] = useState('');
  const [older, setOlder] = useState(0);
  // Transfers are one AES-GCM seal over the whole content, so the file is read whole (README, *Transfers*).
  const file = useBackupFile([{ name: 'Dalili', extensions: [TRANSFER_EXTENSION] }], async (reader) => {
    const bytes = await readAll(reader);
    await checkTransferFile(bytes);
    return bytes;
  });

  const submit = () =>
    file.run(async (_reader, bytes) => {
      // On a refusal the file and the typed code stay, so a typo can be corrected in place.
      setOlder(0);
      const s = await importTransfer(session, bytes, code);
      setOlder(s.olderThanHere);
      setCode('');
      onImported();
      return {
        key: 'backup.import.done',
        params: { cases: s.caseIds.length, count: s.recordCount },
        tone: 'ok',
      };
    });

  return (
    <div className="backup-section">
      <h3>{t('backup.import.heading')}</h3>
      <p className="help">{t('backup.import.help')}</p>
      {file.picked ? (
        <form
          autoComplete="off"
          className="vault-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label className="vault-field">
            {t('backup.import.codeLabel')}
            <input
              className="vault-recovery-input"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              required
            />
          </label>
          <div className="vault-actions">
            <button type="submit" disabled={file.busy || code.trim() === ''}>
              {t('backup.import.confirm')}
            </button>
            <button type="button" className="secondary" onClick={file.cancel} disabled={file.busy}>
              {t('backup.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="vault-actions">
          <button type="button" onClick={() => void file.choose()} disabled={file.busy}>
            {t('backup.import.choose')}
          </button>
        </div>
      )}
      <BackupMessage outcome={file.outcome} busy={file.busy ? 'backup.import.working' : null} />
      {older > 0 && <p className="warning">{t('backup.import.older', { count: older })}</p>}
    </div>
  );
}
