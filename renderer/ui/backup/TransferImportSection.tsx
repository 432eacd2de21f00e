import { useEffect, useRef, useState } from 'react';
import {
  checkTransferFile,
  importTransfer,
  previewTransferImport,
  readAll,
  TRANSFER_EXTENSION,
  type TransferImportSummary,
} from '../../core/backup';
import type { VaultSession } from '../../core/vault';
import { useT } from '../i18n/useT';
import { BackupMessage } from './BackupMessage';
import { TransferImportCounts } from './TransferImportCounts';
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
  // What the import will do, then what it did: counts and opaque ids only, no case content.
  const [preview, setPreview] = useState<TransferImportSummary | null>(null);
  const [done, setDone] = useState<TransferImportSummary | null>(null);
  // Transfers are one AES-GCM seal over the whole content, so the file is read whole (README, *Transfers*).
  const file = useBackupFile([{ name: 'Dalili', extensions: [TRANSFER_EXTENSION] }], async (reader) => {
    const bytes = await readAll(reader);
    await checkTransferFile(bytes);
    return bytes;
  });

  // Step 1 writes nothing: the person sees what the import will do (issue 18, point 2). On a
  // refusal the file and the typed code stay, so a typo can be corrected in place.
  // Once the preview is shown, the next step is the confirm button: focused (the button was disabled
  // while the file opened, which dropped the focus) and brought into the window.
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (preview === null) return;
    confirmButton.current?.focus();
    confirmButton.current?.scrollIntoView?.({ block: 'nearest' });
  }, [preview]);

  const look = async () => {
    setDone(null);
    setPreview(await file.peek((_reader, bytes) => previewTransferImport(session, bytes, code)));
  };

  const submit = () =>
    file.run(async (_reader, bytes) => {
      const s = await importTransfer(session, bytes, code);
      setPreview(null);
      setDone(s);
      setCode('');
      onImported();
      // Cases only added: the one line says it all; with merges, the counts under it say what changed.
      return s.mergedCases === 0
        ? { key: 'backup.import.done', params: { cases: s.newCases, count: s.recordCount }, tone: 'ok' }
        : { key: 'backup.import.doneHeading', tone: 'ok' };
    });

  const cancel = () => {
    setPreview(null);
    file.cancel();
  };

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
            void (preview ? submit() : look());
          }}
        >
          <label className="vault-field">
            {t('backup.import.codeLabel')}
            <input
              className="vault-recovery-input"
              value={code}
              onChange={(event) => {
                setCode(event.target.value);
                setPreview(null);
              }}
              autoComplete="off"
              spellCheck={false}
              required
            />
          </label>
          {preview && (
            <>
              <TransferImportCounts summary={preview} heading="backup.import.previewHeading" />
              <p className="help">{t('backup.import.previewHelp')}</p>
            </>
          )}
          <div className="vault-actions">
            <button type="submit" ref={confirmButton} disabled={file.busy || code.trim() === ''}>
              {t(preview ? 'backup.import.confirm' : 'backup.import.preview')}
            </button>
            <button type="button" className="secondary" onClick={cancel} disabled={file.busy}>
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
      {done && done.mergedCases > 0 && <TransferImportCounts summary={done} />}
    </div>
  );
}
