import { useEffect, useRef, useState } from 'react';
import {
  canRestoreCase,
  type DeletedCaseSummary,
  loadCase,
  type NotebookData,
  restoreCase,
  UNDO_DAYS,
} from '../../core/cases';
import type { VaultSession } from '../../core/vault';
import { useT } from '../i18n/useT';
import { formatDateTime } from './caseMessages';
import { nowMs } from './clock';
import { refreshCase } from './notebookStore';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * « Dossiers supprimés »: each case deleted whole, when and why, how long it can still be restored,
 * and « Restaurer » (journalled « Dossier restauré »). Past the period it is purged at the next unlock.
 */
export function DeletedCases({
  session,
  data,
  version,
  onBack,
  onRestored,
}: {
  session: VaultSession;
  data: NotebookData;
  version: number;
  onBack: () => void;
  onRestored: (number: string) => void;
}) {
  const { t, language } = useT();
  const [failed, setFailed] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const now = nowMs();
  const cases = [...data.deleted.values()].sort((a, b) => b.deletedAt - a.deletedAt);
  const restore = async (c: DeletedCaseSummary) => {
    setFailed(null);
    try {
      await restoreCase(session, c.caseId, nowMs);
      refreshCase(session, await loadCase(session, c.caseId));
      onRestored(c.label);
    } catch {
      setFailed(c.caseId);
    }
  };
  return (
    <div className="case-list case-deleted-cases" data-version={version}>
      <button type="button" className="secondary case-back" onClick={onBack}>
        ← {t('cases.deletedCases.back')}
      </button>
      <h2 ref={heading} tabIndex={-1}>
        {t('cases.deletedCases.heading')}
      </h2>
      <p className="case-intro">{t('cases.deletedCases.intro', { days: UNDO_DAYS })}</p>
      {cases.length === 0 ? (
        <p>{t('cases.deletedCases.empty')}</p>
      ) : (
        <ul className="case-items">
          {cases.map((c) => {
            const restorable = canRestoreCase({ at: c.deletedAt }, now);
            const left = Math.max(1, Math.ceil((c.deletedAt + UNDO_DAYS * DAY_MS - now) / DAY_MS));
            return (
              <li key={c.caseId}>
                <span>
                  <strong>{c.label}</strong>
                  {' · '}
                  {[c.site, c.territory, c.province].filter(Boolean).join(', ') || t('cases.summary.unknown')}
                  <br />
                  {t('cases.deletedCases.item', {
                    date: formatDateTime(language, c.deletedAt),
                    reason: c.reason,
                  })}
                  <br />
                  <span className="case-muted">
                    {restorable
                      ? t('cases.deletedCases.daysLeft', { count: left })
                      : t('cases.deletedCases.expired')}
                  </span>
                  {failed === c.caseId && (
                    <p className="error-message" role="alert">
                      {t('cases.deletedCases.restoreFailed')}
                    </p>
                  )}
                </span>
                {restorable && (
                  <button
                    type="button"
                    onClick={() => void restore(c)}
                    aria-label={`${t('cases.deletedCases.restore')} : ${c.label}`}
                  >
                    {t('cases.deletedCases.restore')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
