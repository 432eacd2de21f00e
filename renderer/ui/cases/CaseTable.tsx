import { type CaseSummary, isFollowUpDue } from '../../core/cases';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';

export function CaseTable({
  cases,
  today,
  onOpen,
}: {
  cases: CaseSummary[];
  today: string;
  onOpen: (caseId: string) => void;
}) {
  const { t, language } = useT();
  return (
    <table className="case-table">
      <caption className="visually-hidden">{t('cases.list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cases.list.col.number')}</th>
          <th scope="col">{t('cases.list.col.status')}</th>
          <th scope="col">{t('cases.list.col.opened')}</th>
          <th scope="col">{t('cases.list.col.place')}</th>
          <th scope="col">{t('cases.list.col.followUp')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.caseId}>
            <th scope="row">
              {/* A button, not a link: opening a case changes no address, so nothing lands in history. */}
              <button type="button" className="case-link" onClick={() => onOpen(c.caseId)}>
                {c.label}
              </button>
            </th>
            <td>
              <span className={`case-status case-status-${c.status}`}>{t(`cases.status.${c.status}`)}</span>
            </td>
            <td>{formatDate(language, c.openedOn)}</td>
            <td>{[c.site, c.territory, c.province].filter(Boolean).join(', ')}</td>
            <td>
              {c.followUpOn && formatDate(language, c.followUpOn)}
              {isFollowUpDue(c.followUpOn, today) && (
                <strong className="case-overdue"> ({t('cases.list.overdue')})</strong>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
