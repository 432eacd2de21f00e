import { useSyncExternalStore } from 'react';
import type { Screening } from '../../core/screening';
import { loadAutoLockMinutes } from '../vault/autoLockPreference';
import { forgetOnLock } from '../vault/forgetOnLock';
import { createIdleTimer, type IdleTimer } from './idleTimer';

// The screening under way lives in memory only: it survives moving between pages, never a restart.
// Notes may hold names, so nothing here touches localStorage or IndexedDB (the casework feature will
// store screenings inside the encrypted vault). It ends when the notebook locks, at the panic
// shortcut, and after the auto-lock period without activity even when no notebook is open: an
// unattended computer must not keep a person's answers on screen.

/** Why the last screening ended without being attached or reset (null: it did not, or a new one began). */
export type ScreeningEnd = 'idle' | 'suspend' | 'lock' | 'panic' | null;

let current: Screening | undefined;
let ended: ScreeningEnd = null;
let watch: { timer: IdleTimer; detach: () => void } | null = null;
const listeners = new Set<() => void>();

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  listeners.forEach((l) => l());
}

function startWatching(): void {
  if (watch !== null || typeof window === 'undefined') return;
  const minutes = loadAutoLockMinutes(window.localStorage);
  const timer = createIdleTimer(minutes * 60_000, () => endSessionScreening('idle'));
  const onActivity = () => timer.activity();
  const onVisibility = () => {
    if (!document.hidden) timer.check();
  };
  for (const type of ACTIVITY_EVENTS)
    window.addEventListener(type, onActivity, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  const detach = () => {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
  };
  watch = { timer, detach };
}

function stopWatching(): void {
  watch?.timer.dispose();
  watch?.detach();
  watch = null;
}

export function setSessionScreening(next: Screening | undefined): void {
  current = next;
  ended = null;
  if (next) startWatching();
  else stopWatching();
  notify();
}

/** Drops the screening under way (idle, lock, panic); the Indicateurs page says why, except after a panic. */
export function endSessionScreening(reason: Exclude<ScreeningEnd, null>): void {
  stopWatching();
  if (current === undefined) return;
  current = undefined;
  ended = reason;
  notify();
}

forgetOnLock.register('screening-in-progress', {
  forget: () => endSessionScreening('lock'),
  held: () => current,
});

export function useSessionScreening(): Screening | undefined {
  return useSyncExternalStore(subscribe, () => current);
}

export function useScreeningEnd(): ScreeningEnd {
  return useSyncExternalStore(subscribe, () => ended);
}
