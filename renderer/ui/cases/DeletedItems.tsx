import { useState } from 'react';
import { canUndoDeletion, type CaseBundle, UNDO_DAYS } from '../../core/cases';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/catalog';
import { formatDateTime } from './caseMessages';
import { describeVersion } from './describeVersion';
import { nowMs } from './clock';
import type { OpenCase } from './useCase';

/**
 * What was deleted from this part of the case: when, why, and "Annuler la suppression" while it can
 * still be undone. Once final, only the kind, the date and the reason remain.
 */
export function DeletedItems({
  open,
  bundle,
  kinds,
}: {
  open: OpenCase;
  bundle: CaseBundle;
  kinds: readonly string[];
}) {
  const { t, language } = useT();
  const [failed, setFailed] = useState(false);
  // Read once when shown: the undo period is counted in days, not seconds.
  const [now] = useState(nowMs);
  const stones = bundle.tombstones.filter((s) => kinds.includes(s.value.kind));
  if (stones.length === 0) return null;
  const undo = async (id: string) => setFailed(!(await open.undoDelete(id)));
  return (
    <div className="case-deleted">
      <h4>{t('cases.deleted.heading')}</h4>
      {failed && (
        <p className="error-message" role="alert">
          {t('cases.deleted.undoFailed')}
        </p>
      )}
      <ul className="case-items">
        {stones.map(({ id, value }) => {
          const what =
            value.last === undefined
              ? t(`backup.kind.${value.kind}` as MessageKey)
              : describeVersion(t, language, bundle, value.kind, value.last);
          return (
            <li key={id}>
              <span className="case-deleted-text">
                {t('cases.deleted.item', {
                  what,
                  date: formatDateTime(language, value.deletedAt),
                  reason: value.reason,
                })}
              </span>
              {canUndoDeletion(bundle, value, now) ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void undo(id)}
                  aria-label={`${t('cases.deleted.undo')} : ${what}`}
                >
                  {t('cases.deleted.undo')}
                </button>
              ) : (
                <span className="case-muted">{t('cases.deleted.final', { days: UNDO_DAYS })}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
