import type { CaseIntegrity, IntegrityProblem } from '../../core/cases';
import { kindLabel } from '../backup/kindLabel';
import type { I18n } from '../i18n/I18nProvider';
import { useT } from '../i18n/useT';
import { formatDateTime } from './caseMessages';

function problemText(t: I18n['t'], language: string, p: IntegrityProblem): string {
  const when = (ms: number) => formatDateTime(language, ms);
  switch (p.kind) {
    case 'missing':
      return t('cases.integrity.problem.missing', { kind: t(kindLabel(p.recordKind)), at: when(p.at) });
    case 'older':
      return t('cases.integrity.problem.older', {
        kind: t(kindLabel(p.recordKind)),
        at: when(p.at),
        expectedAt: when(p.expectedAt),
      });
    case 'changed':
      return t('cases.integrity.problem.changed', {
        kind: t(kindLabel(p.recordKind)),
        expectedAt: when(p.expectedAt),
      });
    case 'unexpected':
      return t('cases.integrity.problem.unexpected', { kind: t(kindLabel(p.recordKind)) });
    case 'case-older':
      return t('cases.integrity.problem.case-older', { savedAt: when(p.savedAt), missing: p.missingEntries });
    case 'seal-mismatch':
    case 'register-older':
    case 'register-missing':
      return t(`cases.integrity.problem.${p.kind}`);
  }
}

/**
 * Shown at the top of a case whose records are not the ones its journal wrote (issue 18, point 3):
 * what is missing or older, in words, and what to do next. Nothing when the case checks out.
 */
export function IntegrityAlert({ integrity }: { integrity: CaseIntegrity }) {
  const { t, language } = useT();
  if (integrity.problems.length === 0) return null;
  return (
    <div className="error-panel case-integrity" role="alert">
      <p>
        <strong>{t('cases.integrity.title')}</strong>
      </p>
      <p>{t('cases.integrity.intro')}</p>
      <ul>
        {integrity.problems.map((p, i) => (
          <li key={i}>{problemText(t, language, p)}</li>
        ))}
      </ul>
      <p>{t('cases.integrity.next')}</p>
    </div>
  );
}
