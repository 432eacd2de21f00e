import { useState } from 'react';
import { type CaseBundle, MAX_REVISIONS } from '../../core/cases';
import { useT } from '../i18n/useT';
import { formatDateTime } from './caseMessages';
import { describeVersion } from './describeVersion';

/** The previous versions of one record (or of the case's own fields), with when each was saved and replaced. */
export function ItemHistory({ bundle, recordId }: { bundle: CaseBundle; recordId: string }) {
  const { t, language } = useT();
  const [shown, setShown] = useState(false);
  const versions = bundle.revisions.filter((r) => r.value.recordId === recordId);
  if (versions.length === 0) return null;
  const listId = `history-${recordId}`;
  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-expanded={shown}
        aria-controls={listId}
        onClick={() => setShown(!shown)}
      >
        {shown ? t('cases.history.hide') : `${t('cases.history.show')} (${versions.length})`}
      </button>
      {shown && (
        <div id={listId} className="case-versions">
          <p className="case-muted">{t('cases.history.heading')}</p>
          <ol>
            {versions.map(({ id, value }) => (
              <li key={id}>
                <p className="case-muted">
                  {t('cases.history.item', {
                    saved: formatDateTime(language, value.savedAt),
                    replaced: formatDateTime(language, value.replacedAt),
                  })}
                </p>
                <p className="case-version-text">
                  {describeVersion(t, language, bundle, value.kind, value.payload)}
                </p>
              </li>
            ))}
          </ol>
          {versions.length >= MAX_REVISIONS && (
            <p className="case-muted">{t('cases.history.limit', { max: MAX_REVISIONS })}</p>
          )}
        </div>
      )}
    </>
  );
}
