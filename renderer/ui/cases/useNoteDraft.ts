import { useCallback, useEffect, useRef, useState } from 'react';
import { deleteNoteDraft, loadNoteDraft, saveNoteDraft } from '../../core/cases';
import type { VaultSession } from '../../core/vault';
import { noteDraftAtLock, registerPendingSave } from '../vault/pendingSaves';
import { nowMs } from './clock';

/** Quiet time after the last keystroke before the draft is written (encrypted) to the notebook. */
const SAVE_AFTER_MS = 600;

export interface NoteDraftState {
  text: string;
  setText: (text: string | ((current: string) => string)) => void;
  /** When the draft shown was restored from the notebook (ms), or null. */
  restoredAt: number | null;
  /** Writes the draft now (after a note is saved, the emptied field removes it at once). */
  flush: () => void;
}

/**
 * The note being typed, kept as an encrypted draft: written shortly after each pause, before a lock
 * the person asks for, and when the section closes; restored when the case opens again. Never in
 * localStorage or sessionStorage.
 */
export function useNoteDraft(session: VaultSession, caseId: string): NoteDraftState {
  const [text, setTextState] = useState('');
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const current = useRef('');
  const stored = useRef({ id: null as string | null, text: '' });
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unregister = useRef<(() => void) | null>(null);
  const loaded = useRef(false);

  const write = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    // One write at a time, each on the latest text: two quick pauses must not race.
    chain.current = chain.current
      .then(async () => {
        const wanted = current.current;
        if (wanted === stored.current.text || session.isLocked) return;
        const { id } = stored.current;
        if (wanted.trim() === '') {
          if (id !== null) await deleteNoteDraft(session, id);
          stored.current = { id: null, text: wanted };
        } else {
          stored.current = {
            id: await saveNoteDraft(session, caseId, wanted, nowMs(), id ?? undefined),
            text: wanted,
          };
        }
        if (current.current === stored.current.text) {
          unregister.current?.();
          unregister.current = null;
        }
      })
      .catch(() => {
        // The text stays on screen and in the pending set: the next pause or the lock tries again.
      });
    return chain.current;
  }, [session, caseId]);

  useEffect(() => {
    let live = true;
    loadNoteDraft(session, caseId).then(
      (draft) => {
        loaded.current = true;
        if (!live || !draft) return;
        stored.current = { id: draft.id, text: draft.text };
        if (current.current === '') {
          current.current = draft.text;
          setTextState(draft.text);
          setRestoredAt(draft.at);
        }
      },
      () => {
        loaded.current = true;
      },
    );
    const offLock = session.onLock(() => {
      if (current.current.trim() !== '')
        noteDraftAtLock(current.current === stored.current.text ? 'kept' : 'lost');
    });
    return () => {
      live = false;
      offLock();
      // Leaving the section (not locking): write what is left, then stop tracking it.
      if (!session.isLocked && current.current !== stored.current.text) void write();
      unregister.current?.();
      unregister.current = null;
      clearTimeout(timer.current);
    };
  }, [session, caseId, write]);

  const setText = useCallback(
    (value: string | ((current: string) => string)) => {
      const next = typeof value === 'function' ? value(current.current) : value;
      current.current = next;
      setTextState(next);
      if (!loaded.current && next === '') return;
      unregister.current ??= registerPendingSave(write);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void write(), SAVE_AFTER_MS);
    },
    [write],
  );

  const flush = useCallback(() => {
    setRestoredAt(null);
    void write();
  }, [write]);

  return { text, setText, restoredAt, flush };
}
