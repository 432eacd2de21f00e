// A plain inactivity timer for what must not wait on an unattended computer when no notebook is
// open (the vault has its own policy for an open notebook). Timers of a hidden or sleeping window
// fire late or not at all, so elapsed time is always measured on the clock, never counted in ticks.

export interface IdleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface IdleTimer {
  /** The person did something: the idle period starts again. */
  activity(): void;
  /** Checks at once (the window became visible again, the computer woke up). */
  check(): void;
  dispose(): void;
}

const browserClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Calls `onIdle` once, `idleMs` after the last activity; then stops. */
export function createIdleTimer(
  idleMs: number,
  onIdle: () => void,
  clock: IdleClock = browserClock,
): IdleTimer {
  let last = clock.now();
  let handle: unknown = null;
  let done = false;
  const stop = () => {
    if (handle !== null) clock.clearTimeout(handle);
    handle = null;
  };
  const check = () => {
    if (done) return;
    stop();
    const left = last + idleMs - clock.now();
    if (left <= 0) {
      done = true;
      onIdle();
      return;
    }
    handle = clock.setTimeout(check, left);
  };
  check();
  return {
    activity: () => {
      last = clock.now();
    },
    check,
    dispose: () => {
      done = true;
      stop();
    },
  };
}
