import { nowMs } from './clock';
import { useCallback, useEffect, useState } from 'react';
import {
  type CaseBundle,
  type CaseChange,
  CaseError,
  deleteCaseItem,
  loadCase,
  saveCaseChange,
  undoDeletion,
} from '../../core/cases';
import type { VaultSession } from '../../core/vault';
import { refreshCase } from './notebookStore';

type CaseChangeOrBuilder = CaseChange | Parameters<typeof saveCaseChange>[2];

export interface OpenCase {
  bundle: CaseBundle | undefined;
  failed: boolean;
  /** The case record was written by a newer version of Dalili (it is kept, not opened). */
  tooNew: boolean;
  /**
   * One transaction (records + journal entry + case anchor); false when nothing was saved. A function
   * builds the change from the case as stored when the queue runs it.
   */
  save(change: CaseChangeOrBuilder): Promise<boolean>;
  reload(): Promise<void>;
  /** A closed case is read-only until reopened (issue 18): screens hide what would change it. */
  readOnly: boolean;
  /** Deletes one item with its reason; the error code when nothing was deleted, else null. */
  deleteItem(recordId: string, reason: string): Promise<string | null>;
  /** Puts a deleted item back; false when nothing was restored. */
  undoDelete(recordId: string): Promise<boolean>;
}

export function useCase(session: VaultSession, caseId: string): OpenCase {
  const [bundle, setBundle] = useState<CaseBundle>();
  const [failed, setFailed] = useState(false);
  const [tooNew, setTooNew] = useState(false);
  const fail = useCallback((error: unknown) => {
    setTooNew(error instanceof CaseError && error.code === 'case-too-new');
    setFailed(true);
  }, []);

  const reload = useCallback(async () => {
    try {
      const next = await loadCase(session, caseId);
      setBundle(next);
      refreshCase(session, next);
    } catch (error) {
      fail(error);
    }
  }, [session, caseId, fail]);

  useEffect(() => {
    let live = true;
    loadCase(session, caseId).then(
      (next) => {
        if (!live) return;
        setBundle(next);
        refreshCase(session, next);
      },
      (error: unknown) => live && fail(error),
    );
    // Locking unmounts the notebook; this also clears the state if the session outlives the view.
    const unsubscribe = session.onLock(() => setBundle(undefined));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [session, caseId, fail]);

  const save = useCallback(
    async (change: CaseChangeOrBuilder) => {
      if (!bundle) return false;
      try {
        await saveCaseChange(session, caseId, change, nowMs);
      } catch {
        return false;
      }
      await reload();
      return true;
    },
    [session, caseId, bundle, reload],
  );

  const deleteItem = useCallback(
    async (recordId: string, reason: string) => {
      try {
        await deleteCaseItem(session, caseId, recordId, reason, nowMs);
      } catch (error) {
        return error instanceof CaseError ? error.code : 'save-failed';
      }
      await reload();
      return null;
    },
    [session, caseId, reload],
  );
  const undoDelete = useCallback(
    async (recordId: string) => {
      try {
        await undoDeletion(session, caseId, recordId, nowMs);
      } catch {
        return false;
      }
      await reload();
      return true;
    },
    [session, caseId, reload],
  );

  const readOnly = bundle?.file.status === 'clos';
  return { bundle, failed, tooNew, save, reload, readOnly, deleteItem, undoDelete };
}
