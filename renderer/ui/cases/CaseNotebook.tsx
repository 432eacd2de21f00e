import { useEffect, useState } from 'react';
import { BackupReminderNotice } from '../backup/BackupReminderNotice';
import { useT } from '../i18n/useT';
import { useOpenVault } from '../vault/useOpenVault';
import { CaseForm } from './CaseForm';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';
import { openNotebook, useNotebook } from './notebookStore';
import './cases.css';

type Screen = { kind: 'list' } | { kind: 'new' } | { kind: 'case'; caseId: string };

/** The case notebook inside the open vault: the list, a new case, or one case. */
export function CaseNotebook() {
  const { t } = useT();
  const vault = useOpenVault();
  const notebook = useNotebook();
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
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
  const back = () => setScreen({ kind: 'list' });
  if (screen.kind === 'new') {
    return (
      <CaseForm
        session={session}
        cases={[...notebook.data.cases.values()]}
        onDone={(caseId) => setScreen(caseId ? { kind: 'case', caseId } : { kind: 'list' })}
      />
    );
  }
  if (screen.kind === 'case') return <CaseView session={session} caseId={screen.caseId} onBack={back} />;
  return (
    <>
      {vault && <BackupReminderNotice profileId={vault.profile.id} />}
      <CaseList
        data={notebook.data}
        version={notebook.version}
        onOpen={(caseId) => setScreen({ kind: 'case', caseId })}
        onNew={() => setScreen({ kind: 'new' })}
      />
    </>
  );
}
