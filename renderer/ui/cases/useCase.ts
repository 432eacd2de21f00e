import { nowMs } from './clock';
import { useCallback, useEffect, useState } from 'react';
import { loadCase, type CaseBundle } from '../../core/cases/caseBundle';
import { commitChange, type CaseChange } from '../../core/cases/caseCommit';
import type { VaultSession } from '../../core/vault/vaultSession';
import { enqueueCaseWrite } from '../../core/cases/caseWriteQueue';
import { refreshCase } from './notebookStore';

export interface OpenCase {
  bundle: CaseBundle | undefined;
  failed: boolean;
  /** One transaction (records + journal entry + case anchor); false when nothing was saved. */
  save(change: CaseChange): Promise<boolean>;
  reload(): Promise<void>;
}

export function useCase(session: VaultSession, caseId: string): OpenCase {
  const [bundle, setBundle] = useState<CaseBundle>();
  const [failed, setFailed] = useState(false);

  const reload = useCallback(async () => {
    try {
      const next = await loadCase(session, caseId);
      setBundle(next);
      refreshCase(session, next);
    } catch {
      setFailed(true);
    }
  }, [session, caseId]);

  useEffect(() => {
    let live = true;
    loadCase(session, caseId).then(
      (next) => {
        if (!live) return;
        setBundle(next);
        refreshCase(session, next);
      },
      () => live && setFailed(true),
    );
    // Locking unmounts the notebook; this also clears the state if the session outlives the view.
    const unsubscribe = session.onLock(() => setBundle(undefined));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [session, caseId]);

  const save = useCallback(
    async (change: CaseChange) => {
      if (!bundle) return false;
      try {
        await enqueueCaseWrite(session, caseId, (fresh) => commitChange(session, fresh, change, nowMs()));
      } catch {
        return false;
      }
      await reload();
      return true;
    },
    [session, caseId, bundle, reload],
  );

  return { bundle, failed, save, reload };
}
