import { useSyncExternalStore } from 'react';
import type { Screening } from '../../core/screening';

// The screening under way lives in memory only: it survives moving between pages, never a restart.
// Notes may hold names, so nothing here touches localStorage or IndexedDB (the casework feature will
// store screenings inside the encrypted vault).

let current: Screening | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSessionScreening(next: Screening | undefined): void {
  current = next;
  listeners.forEach((l) => l());
}

export function useSessionScreening(): Screening | undefined {
  return useSyncExternalStore(subscribe, () => current);
}
