import { useRef, useState } from 'react';
import { formatCaseNumber } from '../../core/cases';
import type { VaultSession } from '../../core/vault';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { CaseSection, SECTIONS, type SectionId } from './CaseSection';
import { IntegrityAlert } from './IntegrityAlert';
import { ClosedNotice } from './ClosedNotice';
import { DeleteCase } from './DeleteCase';
import { useCase } from './useCase';
import { CourtFilePanel } from '../courtFile/CourtFilePanel';

/** One case: its number and status, a list of sections on the left, the chosen section on the right. */
export function CaseView({
  session,
  caseId,
  onBack,
  onDeleted,
}: {
  session: VaultSession;
  caseId: string;
  onBack: () => void;
  /** The whole case was deleted (issue 18): back to the list, which says so. */
  onDeleted?: (number: string) => void;
}) {
  const { t, language } = useT();
  const open = useCase(session, caseId);
  const [section, setSection] = useState<SectionId>('summary');
  // Issue 21: the court file replaces the sections while it is chosen, read and printed.
  const [courtFile, setCourtFile] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { bundle } = open;
  if (open.failed) {
    return (
      <div>
        <p className="error-message" role="alert">
          {t(open.tooNew ? 'cases.error.tooNew' : 'cases.error.loadFailed')}
        </p>
        <button type="button" className="secondary" onClick={onBack}>
          {t('cases.view.back')}
        </button>
      </div>
    );
  }
  if (!bundle) return <p className="loading">{t('cases.list.loading')}</p>;
  if (courtFile)
    return (
      <CourtFilePanel session={session} open={open} bundle={bundle} onClose={() => setCourtFile(false)} />
    );
  const choose = (id: SectionId) => {
    setSection(id);
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  return (
    <div className="case-view">
      <button type="button" className="secondary case-back" onClick={onBack}>
        ← {t('cases.view.back')}
      </button>
      <div className="case-head">
        <h2 className="case-number">{formatCaseNumber(bundle.file.number)}</h2>
        <span className={`case-status case-status-${bundle.file.status}`}>
          {t(`cases.status.${bundle.file.status}`)}
        </span>
        <span className="case-muted">
          {t('cases.view.opened', { date: formatDate(language, bundle.file.openedOn) })}
        </span>
        <button type="button" className="secondary case-court-file" onClick={() => setCourtFile(true)}>
          {t('courtFile.open')}
        </button>
      </div>
      <IntegrityAlert integrity={bundle.integrity} />
      <ClosedNotice open={open} bundle={bundle} />
      {bundle.damaged.length > 0 && (
        <p className="warning">{t('cases.view.damaged', { count: bundle.damaged.length })}</p>
      )}
      {bundle.newer.length > 0 && (
        <p className="warning">{t('cases.view.newer', { count: bundle.newer.length })}</p>
      )}
      <div className="case-body">
        <nav className="case-sections" aria-label={t('cases.view.sections')}>
          <ul>
            {SECTIONS.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  aria-current={section === id ? 'true' : undefined}
                  onClick={() => choose(id)}
                >
                  {t(`cases.section.${id}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <section className="case-section" aria-labelledby="case-section-heading">
          <h3 id="case-section-heading" ref={headingRef} tabIndex={-1}>
            {t(`cases.section.${section}`)}
          </h3>
          <CaseSection id={section} session={session} open={open} bundle={bundle} />
        </section>
      </div>
      {onDeleted && <DeleteCase session={session} bundle={bundle} onDeleted={onDeleted} />}
    </div>
  );
}
