import { useEffect, useState } from 'react';
import { type AuditCheck, type AuditProblem, KINDS, verifyAuditChain } from '../../core/cases';
import type { I18n } from '../i18n/I18nProvider';
import { useT } from '../i18n/useT';
import { formatDateTime } from './caseMessages';
import type { SectionProps } from './CaseSection';
import { IntegrityStatus } from './IntegrityStatus';
import { includedText } from '../courtFile/includedText';

function problemText(t: I18n['t'], p: AuditProblem): string {
  switch (p.kind) {
    case 'changed':
    case 'missing':
      return t(`cases.journal.problem.${p.kind}`, { seq: p.seq + 1 });
    case 'truncated':
      return t('cases.journal.problem.truncated', { found: p.found, expected: p.expected });
    case 'unreadable':
      return t('cases.journal.problem.unreadable', { count: p.count });
    case 'anchor-mismatch':
      return t('cases.journal.problem.anchor-mismatch');
  }
}

/** The case's journal, checked link by link each time it is shown. */
export function JournalSection({ bundle }: SectionProps) {
  const { t, language } = useT();
  const [check, setCheck] = useState<AuditCheck>();
  useEffect(() => {
    let live = true;
    // Entries a newer Dalili wrote cannot be checked here either: counted as unreadable, not as removed.
    const damaged = [...bundle.damaged, ...bundle.newer].filter((d) => d.kind === KINDS.audit).length;
    void verifyAuditChain(bundle.audit, bundle.file.audit, damaged).then(
      (result) => live && setCheck(result),
    );
    return () => {
      live = false;
    };
  }, [bundle]);
  if (!check) return <p className="loading">{t('cases.journal.checking')}</p>;
  const flagged = new Set(check.problems.flatMap((p) => ('seq' in p ? [p.seq] : [])));
  return (
    <>
      <p className="case-intro">{t('cases.journal.intro')}</p>
      <IntegrityStatus integrity={bundle.integrity} />
      {check.ok ? (
        <p className="success-message" role="status">
          {t('cases.journal.ok', { count: check.entries.length })}
        </p>
      ) : (
        <div className="error-panel" role="alert">
          <p>
            <strong>{t('cases.journal.broken')}</strong>
          </p>
          <ul>
            {check.problems.map((p, i) => (
              <li key={i}>{problemText(t, p)}</li>
            ))}
          </ul>
        </div>
      )}
      <table className="case-table case-journal">
        <caption className="visually-hidden">{t('cases.journal.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.journal.col.seq')}</th>
            <th scope="col">{t('cases.journal.col.at')}</th>
            <th scope="col">{t('cases.journal.col.action')}</th>
            <th scope="col">{t('cases.journal.col.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {check.entries.map((e) => (
            <tr key={e.seq} className={flagged.has(e.seq) ? 'case-journal-bad' : undefined}>
              <td>{e.seq + 1}</td>
              <td>{formatDateTime(language, e.at)}</td>
              <td>
                {t(`cases.action.${e.action}`)}
                {!e.binds && <span className="case-muted"> ({t('cases.journal.unbound')})</span>}
                {e.included && <span className="case-muted"> — {includedText(t, e.included)}</span>}
              </td>
              <td>
                <code title={e.hash}>{e.hash.slice(0, 12)}…</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
