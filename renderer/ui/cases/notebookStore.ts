import { useSyncExternalStore } from 'react';
import {
  type CaseBundle,
  loadNotebook,
  type NotebookData,
  storedCaseWords,
  summariseCase,
} from '../../core/cases';
import type { VaultSession } from '../../core/vault';
import { forgetOnLock } from '../vault/forgetOnLock';

// The decrypted case list and search index, outside React so they survive moving between pages,
// and dropped the moment the vault locks (session.onLock), whatever is on screen.

export type NotebookState =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: NotebookData; version: number };

let owner: VaultSession | null = null;
let state: NotebookState = { status: 'loading' };
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function set(next: NotebookState): void {
  state = next;
  emit();
}

// Also through the lock registry, so a panic empties it even before the session's own lock
// listeners run, and the lock probe sees it.
forgetOnLock.register('case-notebook', {
  forget: () => {
    owner = null;
    if (state.status !== 'loading') set({ status: 'loading' });
  },
  held: () => (state.status === 'ready' ? state.data : null),
});

export function openNotebook(session: VaultSession): void {
  if (owner === session) return;
  owner = session;
  state = { status: 'loading' };
  session.onLock(() => {
    if (owner !== session) return;
    owner = null;
    set({ status: 'loading' });
  });
  loadNotebook(session).then(
    (data) => {
      if (owner !== session) return;
      set({ status: 'ready', data, version: 0 });
      // The check of the listed cases against their records may correct lines and counts (issue 18, point 9).
      void data.checked.then(() => {
        if (owner === session && state.status === 'ready' && state.data === data)
          set({ status: 'ready', data, version: state.version + 1 });
      });
    },
    () => {
      // No case data in the log: the vault's errors carry codes only, and we log none of them.
      console.warn('case-notebook-unavailable');
      if (owner === session) set({ status: 'failed' });
    },
  );
}

/** After a save: the list line and the search text of that one case, without reading the others. */
export function refreshCase(session: VaultSession, bundle: CaseBundle): void {
  if (owner !== session || state.status !== 'ready') return;
  const { data, version } = state;
  data.cases.set(bundle.caseId, summariseCase(bundle.caseId, bundle.file, bundle.updatedAt));
  data.index.replace(bundle.caseId, storedCaseWords(bundle.file));
  // Every save goes through the register; the list's "last saved" follows without a reread.
  data.register = { ...data.register, savedAt: Math.max(data.register.savedAt, bundle.updatedAt) };
  set({ status: 'ready', data, version: version + 1 });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotebook(): NotebookState {
  return useSyncExternalStore(subscribe, () => state);
}

/** The current state outside React (tests, and code that must not subscribe). */
export function currentNotebook(): NotebookState {
  return state;
}
