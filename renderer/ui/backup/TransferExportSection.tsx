import { useEffect, useState } from 'react';
import {
  type CaseGroup,
  exportTransfer,
  listCaseGroups,
  recordTransferExport,
  TRANSFER_EXTENSION,
} from '../../core/backup';
import type { VaultSession } from '../../core/vault';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { BackupMessage, type Outcome } from './BackupMessage';
import { backupErrorMessage } from './backupErrorMessage';
import { TransferCodeSheet } from './TransferCodeSheet';

/**
 * Chosen cases → a .dalili-transfer file under a one-time code. Cases are shown by short opaque
 * id and record count until the case notebook offers its own list (numbers, titles).
 */
export function TransferExportSection({ session, version }: { session: VaultSession; version: number }) {
  const { t } = useT();
  const platform = usePlatform();
  const [groups, setGroups] = useState<CaseGroup[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [code, setCode] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    listCaseGroups(session).then(
      (list) => live && setGroups(list),
      (error: unknown) => live && setOutcome({ key: backupErrorMessage(error), tone: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [session, version]);

  const toggle = (caseId: string) => {
    const next = new Set(chosen);
    if (next.has(caseId)) next.delete(caseId);
    else next.add(caseId);
    setChosen(next);
  };

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const out = await exportTransfer(session, { caseIds: [...chosen], consentConfirmed: consent });
      // Through the chunked writer too: the bridge's one-message save is capped well below a large transfer.
      const writer = await platform.createFileWriter(out.suggestedName, [
        { name: 'Dalili', extensions: [TRANSFER_EXTENSION] },
      ]);
      if (writer === null) return;
      try {
        await writer.write(out.bytes);
        await writer.commit();
      } catch (error) {
        await writer.abort().catch(() => undefined);
        throw error;
      }
      await recordTransferExport(session, out.log);
      setCode(out.code);
      setChosen(new Set());
      setConsent(false);
      setOutcome({
        key: 'backup.transfer.saved',
        params: { cases: out.log.caseIds.length, count: out.recordCount },
        tone: 'ok',
      });
    } catch (error) {
      setOutcome({ key: backupErrorMessage(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  if (code !== null) return <TransferCodeSheet code={code} outcome={outcome} onDone={() => setCode(null)} />;
  return (
    <div className="backup-section">
      <h3>{t('backup.transfer.heading')}</h3>
      <p className="help">{t('backup.transfer.help')}</p>
      {groups !== null && groups.length === 0 && <p>{t('backup.transfer.noCases')}</p>}
      {groups !== null && groups.length > 0 && (
        <fieldset className="backup-cases">
          <legend>{t('backup.transfer.casesLegend')}</legend>
          {groups.map((g) => (
            <label key={g.caseId} className="vault-confirm">
              <input type="checkbox" checked={chosen.has(g.caseId)} onChange={() => toggle(g.caseId)} />
              {g.label ?? <span className="backup-short-id">{g.shortId}</span>}{' '}
              {t('backup.transfer.caseRecords', { count: g.recordCount })}
            </label>
          ))}
        </fieldset>
      )}
      <label className="vault-confirm">
        <input type="checkbox" checked={consent} onChange={(event) => setConsent(event.target.checked)} />
        {t('backup.transfer.consent')}
      </label>
      <div className="vault-actions">
        <button type="button" onClick={() => void run()} disabled={busy || chosen.size === 0 || !consent}>
          {t('backup.transfer.button')}
        </button>
      </div>
      <BackupMessage outcome={outcome} busy={busy ? 'backup.transfer.working' : null} />
    </div>
  );
}
