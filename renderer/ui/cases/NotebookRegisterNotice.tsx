import type { NotebookRegisterCheck } from '../../core/cases';
import { useT } from '../i18n/useT';
import { formatDateTime } from './caseMessages';

/**
 * Above the case list: when this notebook was last saved, and what its register says was deleted
 * or rolled back on disk since (issue 18, point 3).
 */
export function NotebookRegisterNotice({ register }: { register: NotebookRegisterCheck }) {
  const { t, language } = useT();
  const problems = [
    register.registerMissing && t('cases.notebook.registerMissing'),
    register.registerOlder && t('cases.notebook.registerOlder'),
    register.missingCases > 0 && t('cases.notebook.casesMissing', { count: register.missingCases }),
    register.olderCases.length > 0 && t('cases.notebook.casesOlder', { count: register.olderCases.length }),
  ].filter((text): text is string => typeof text === 'string');
  return (
    <>
      {register.savedAt > 0 && (
        <p className="case-muted case-last-saved">
          {t('cases.notebook.lastSaved', { at: formatDateTime(language, register.savedAt) })}
        </p>
      )}
      {problems.length > 0 && (
        <div className="error-panel" role="alert">
          {problems.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
    </>
  );
}
