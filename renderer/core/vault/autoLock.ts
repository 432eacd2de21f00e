import { idleStep, initialIdleState, type IdleEvent, type IdleState } from './idleLockPolicy';
import type { VaultSession } from './vaultSession';

export interface AutoLockClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutoLock {
  /** Feed user activity, visibility changes and platform suspend/lock-screen events here. */
  notify(event: IdleEvent): void;
  setIdleMs(idleMs: number | null): void;
  dispose(): void;
}

const realClock: AutoLockClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs the idle policy against a session: one timer at the next deadline, re-armed by events.
 * DOM listeners (keydown, pointer, visibilitychange) and platform events live in the UI, which
 * forwards them to notify(); this module stays free of the DOM.
 */
export function startAutoLock(
  session: VaultSession,
  idleMs: number | null,
  clock: AutoLockClock = realClock,
): AutoLock {
  let state: IdleState = initialIdleState(clock.now(), idleMs);
  let timer: unknown = null;
  let disposed = false;

  const disarm = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const handle = (event: IdleEvent): void => {
    if (disposed) return;
    const step = idleStep(state, event, clock.now());
    state = step.state;
    disarm();
    if (step.lock !== null) {
      session.lock(step.lock);
      return;
    }
    if (step.nextCheckAt !== null) {
      // Wake at the deadline, and never sooner than 1 s to avoid a tight loop on clock skew.
      timer = clock.setTimeout(
        () => handle({ type: 'tick' }),
        Math.max(1000, step.nextCheckAt - clock.now()),
      );
    }
  };

  const unsubscribe = session.onLock(() => {
    disposed = true;
    disarm();
  });
  handle({ type: 'activity' });

  return {
    notify: handle,
    setIdleMs(next) {
      state = { ...state, idleMs: next };
      handle({ type: 'activity' });
    },
    dispose() {
      disposed = true;
      disarm();
      unsubscribe();
    },
  };
}
