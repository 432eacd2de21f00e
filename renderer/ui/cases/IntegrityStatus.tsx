import type { CaseIntegrity } from '../../core/cases';
import { useT } from '../i18n/useT';

/**
 * In the journal: whether the case's content is checked against it. Problems themselves are shown
 * once, at the top of the case (IntegrityAlert); here, only what a calm case says about itself.
 */
export function IntegrityStatus({ integrity }: { integrity: CaseIntegrity }) {
  const { t } = useT();
  if (integrity.binding === 'unbound') return <p className="case-muted">{t('cases.integrity.unbound')}</p>;
  return (
    <>
      {integrity.binding === 'partly' && (
        <p className="case-muted">{t('cases.integrity.partly', { count: integrity.unboundEntries })}</p>
      )}
      {integrity.problems.length === 0 && <p className="success-message">{t('cases.integrity.ok')}</p>}
    </>
  );
}
