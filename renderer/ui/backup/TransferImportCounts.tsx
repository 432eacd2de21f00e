import type { TransferImportSummary } from '../../core/backup';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';

/**
 * What a transfer import will do (before confirming) or did (after): cases added whole, cases merged
 * with what the merge adds, replaces, deletes and flags, and the cases left alone (issue 18, point 2).
 */
export function TransferImportCounts({
  summary,
  heading,
}: {
  summary: TransferImportSummary;
  /** Shown above the list; none after the import (the result line already says it is done). */
  heading?: MessageKey;
}) {
  const { t } = useT();
  const { merge } = summary;
  const counts = (['added', 'updated', 'deleted', 'conflicts'] as const).filter((k) => merge[k] > 0);
  const nothingNew = summary.mergedCases > 0 && counts.length === 0 && merge.closedHere === 0;
  return (
    <section className="transfer-counts" aria-label={heading ? undefined : t('backup.import.doneHeading')}>
      {heading && <h4>{t(heading)}</h4>}
      <ul>
        {summary.newCases > 0 && <li>{t('backup.import.newCases', { count: summary.newCases })}</li>}
        {summary.mergedCases > 0 && (
          <li>
            {t('backup.import.mergedCases', { count: summary.mergedCases })}
            {counts.length > 0 && (
              <ul>
                {counts.map((k) => (
                  <li key={k}>{t(`backup.import.count.${k}`, { count: merge[k] })}</li>
                ))}
              </ul>
            )}
          </li>
        )}
      </ul>
      {nothingNew && <p>{t('backup.import.nothingNew')}</p>}
      {merge.closedHere > 0 && (
        <p className="warning">{t('backup.import.closedHere', { count: merge.closedHere })}</p>
      )}
      {summary.olderThanHere > 0 && (
        <p className="warning">{t('backup.import.older', { count: summary.olderThanHere })}</p>
      )}
    </section>
  );
}
