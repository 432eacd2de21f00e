import { useSyncExternalStore } from 'react';
import type { VaultSession } from '../../core/vault';
import { vaultStore } from './vaultStore';

// "Rechiffrer le carnet" runs for minutes on a large notebook: the job lives outside React, so the
// person can visit other pages and come back to its progress. It forgets everything (the new
// recovery key included) when the notebook locks.

export type RekeyJobState =
  | { status: 'idle' }
  | { status: 'running'; percent: number; finishing: boolean }
  | { status: 'done'; recoveryKey: string; unreadable: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

let state: RekeyJobState = { status: 'idle' };
let controller: AbortController | null = null;
const listeners = new Set<() => void>();

function set(next: RekeyJobState): void {
  state = next;
  for (const listener of [...listeners]) listener();
}

function forgetAtLock(session: VaultSession): void {
  session.onLock(() => {
    controller?.abort();
    controller = null;
    set({ status: 'idle' });
  });
}

export const rekeyJob = {
  getState: (): RekeyJobState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Starts (or resumes) the re-encryption with the passphrase; progress and outcome come through the state. */
  start(passphrase: string): void {
    if (state.status === 'running') return;
    const current = vaultStore.getState();
    if (current.status !== 'open') return;
    forgetAtLock(current.session);
    controller = new AbortController();
    set({ status: 'running', percent: 0, finishing: false });
    vaultStore
      .reencrypt(passphrase, {
        signal: controller.signal,
        onProgress: (p) =>
          set({
            status: 'running',
            percent: p.total === 0 ? 100 : Math.floor((p.done * 100) / p.total),
            finishing: p.phase === 'finishing',
          }),
      })
      .then(
        (outcome) =>
          set(
            outcome.status === 'done'
              ? { status: 'done', recoveryKey: outcome.recoveryKey, unreadable: outcome.unreadable }
              : { status: 'cancelled' },
          ),
        (error: unknown) => set(current.session.isLocked ? { status: 'idle' } : { status: 'failed', error }),
      )
      .finally(() => (controller = null));
  },
  cancel(): void {
    controller?.abort();
  },
  /** Back to the forms once the new key has been kept, or a message read. */
  reset(): void {
    if (state.status !== 'running') set({ status: 'idle' });
  },
};

export function useRekeyJob(): RekeyJobState {
  return useSyncExternalStore(rekeyJob.subscribe, rekeyJob.getState);
}
