import { lazy, Suspense, useEffect, useState } from 'react';
import { BackupReminderNotice } from '../backup/BackupReminderNotice';
import { useT } from '../i18n/useT';
import { useOpenVault } from '../vault/useOpenVault';
import { CaseForm } from './CaseForm';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';
import { DeletedCases } from './DeletedCases';
import { UNDO_DAYS } from '../../core/cases';
import { openNotebook, useNotebook } from './notebookStore';
import './cases.css';

type Screen =
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'case'; caseId: string }
  | { kind: 'deleted' }
  | { kind: 'statistics' };

// Issue 21: Dossiers → Statistiques is loaded on first use (its code and its catalogue namespace).
const StatisticsScreen = lazy(() =>
  import('../statistics/StatisticsScreen').then((m) => ({ default: m.StatisticsScreen })),
);

/** The case notebook inside the open vault: the list, a new case, or one case. */
export function CaseNotebook() {
  const { t } = useT();
  const vault = useOpenVault();
  const notebook = useNotebook();
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  // What the last whole-case deletion or restoring did, said above the list (issue 18).
  const [said, setSaid] = useState<string | null>(null);
  const session = vault?.session;
  useEffect(() => {
    if (session) openNotebook(session);
  }, [session]);

  if (!session) return null;
  if (notebook.status === 'loading')
    return (
      <p className="loading" role="status">
        {t('cases.list.loading')}
      </p>
    );
  if (notebook.status === 'failed')
    return (
      <p className="error-message" role="alert">
        {t('cases.error.loadFailed')}
      </p>
    );
  const back = () => (setSaid(null), setScreen({ kind: 'list' }));
  const toList = (message: string) => (setSaid(message), setScreen({ kind: 'list' }));
  if (screen.kind === 'new') {
    return (
      <CaseForm
        session={session}
        // A deleted case keeps its number until purged: a restored one must not find it taken.
        cases={[...notebook.data.cases.values(), ...notebook.data.deleted.values()]}
        onDone={(caseId) => setScreen(caseId ? { kind: 'case', caseId } : { kind: 'list' })}
      />
    );
  }
  if (screen.kind === 'case')
    return (
      <CaseView
        session={session}
        caseId={screen.caseId}
        onBack={back}
        onDeleted={(number) => toList(t('cases.caseDelete.done', { number, days: UNDO_DAYS }))}
      />
    );
  if (screen.kind === 'deleted')
    return (
      <DeletedCases
        session={session}
        data={notebook.data}
        version={notebook.version}
        onBack={back}
        onRestored={(number) => toList(t('cases.deletedCases.restored', { number }))}
      />
    );
  if (screen.kind === 'statistics')
    return (
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('cases.list.loading')}
          </p>
        }
      >
        <StatisticsScreen session={session} onBack={back} />
      </Suspense>
    );
  const deletedCount = notebook.data.deleted.size;
  return (
    <>
      {vault && <BackupReminderNotice profileId={vault.profile.id} />}
      <div role="status">{said && <p className="success-message">{said}</p>}</div>
      {deletedCount > 0 && (
        <p className="case-deleted-link">
          <button
            type="button"
            className="secondary"
            onClick={() => (setSaid(null), setScreen({ kind: 'deleted' }))}
          >
            {t('cases.deletedCases.open', { count: deletedCount })}
          </button>
        </p>
      )}
      <p className="case-statistics-link">
        <button
          type="button"
          className="secondary"
          onClick={() => (setSaid(null), setScreen({ kind: 'statistics' }))}
        >
          {t('cases.list.statistics')}
        </button>
      </p>
      <CaseList
        data={notebook.data}
        version={notebook.version}
        onOpen={(caseId) => setScreen({ kind: 'case', caseId })}
        onNew={() => setScreen({ kind: 'new' })}
      />
    </>
  );
}
