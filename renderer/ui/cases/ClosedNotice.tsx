import { useState } from 'react';
import { type CaseBundle, todayIso, withStatus } from '../../core/cases';
import { useT } from '../i18n/useT';
import { nowMs } from './clock';
import type { OpenCase } from './useCase';

/**
 * A closed case reads but does not change. Reopening is a status change like any other (dated,
 * kept in the status history and journalled); it goes back to the status the case had before.
 */
export function ClosedNotice({ open, bundle }: { open: OpenCase; bundle: CaseBundle }) {
  const { t } = useT();
  const [failed, setFailed] = useState(false);
  if (!open.readOnly) return null;
  const history = bundle.file.statusHistory;
  const before = [...history].reverse().find((s) => s.status !== 'clos')?.status ?? 'ouvert';
  const reopen = async () => {
    const ok = await open.save({
      action: 'status',
      file: withStatus(bundle.file, before, todayIso(), nowMs()),
    });
    setFailed(!ok);
  };
  return (
    <div className="case-closed notice" role="note">
      <p>{t('cases.closed.notice')}</p>
      {failed && (
        <p className="error-message" role="alert">
          {t('cases.closed.reopenFailed')}
        </p>
      )}
      <button type="button" onClick={() => void reopen()}>
        {t('cases.closed.reopen')}
      </button>
    </div>
  );
}
