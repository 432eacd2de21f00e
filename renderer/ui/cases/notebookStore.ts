import { useSyncExternalStore } from 'react';
import {
  type CaseBundle,
  loadNotebook,
  type NotebookData,
  placeCase,
  purgeDeletedCases,
  storedCaseWords,
  summariseCase,
} from '../../core/cases';
import type { VaultSession } from '../../core/vault';
import { forgetOnLock } from '../vault/forgetOnLock';
import { nowMs } from './clock';

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
    async (data) => {
      await purgeExpired(session, data);
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

/**
 * Issue 18, point 1: cases deleted more than UNDO_DAYS ago are purged at unlock. A failure leaves
 * them listed as deleted (tried again at the next unlock); the log carries no case data.
 */
async function purgeExpired(session: VaultSession, data: NotebookData): Promise<void> {
  const due = [...data.deleted.values()].map((c) => ({ caseId: c.caseId, deletedAt: c.deletedAt }));
  if (due.length === 0) return;
  try {
    for (const caseId of await purgeDeletedCases(session, due, nowMs())) data.deleted.delete(caseId);
  } catch {
    console.warn('case-purge-failed');
  }
}

/** After a save: the list line and the search text of that one case, without reading the others. */
export function refreshCase(session: VaultSession, bundle: CaseBundle): void {
  if (owner !== session || state.status !== 'ready') return;
  const { data, version } = state;
  const summary = summariseCase(bundle.caseId, bundle.file, bundle.updatedAt);
  const { deleted } = bundle.file;
  // A case deleted whole leaves the list and the index for « Dossiers supprimés »; restored, it comes back.
  placeCase(data, summary, deleted);
  data.index.replace(bundle.caseId, deleted === undefined ? storedCaseWords(bundle.file) : []);
  // Every save goes through the register; the list's "last saved" follows without a reread.
  data.register = { ...data.register, savedAt: Math.max(data.register.savedAt, bundle.updatedAt) };
  set({ status: 'ready', data, version: version + 1 });
}

/**
 * After a transfer import, a backup merge or a conflict resolved (several cases at once, new ones
 * among them): the list and its index are read again, or the Dossiers page would miss them until
 * the next unlock. The list on screen stays until the new one is ready.
 */
export function reloadNotebook(session: VaultSession): void {
  if (owner !== session) return;
  loadNotebook(session).then(
    (data) =>
      owner === session &&
      set({ status: 'ready', data, version: state.status === 'ready' ? state.version + 1 : 0 }),
    () => console.warn('case-notebook-unavailable'),
  );
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
