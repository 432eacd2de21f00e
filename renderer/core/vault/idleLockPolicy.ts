import type { LockReason } from './vaultSession';

/**
 * When to lock, as a pure function of events and time (tests drive it with a fake clock).
 * - no activity for `idleMs` → lock ('idle');
 * - window hidden for `idleMs` → lock ('hidden'). Also checked when the window comes back,
 *   because browsers throttle timers in hidden windows and the deadline may have passed unseen;
 * - system suspend or screen lock → lock at once.
 * `idleMs` of null means the person turned auto-lock off; suspend and screen lock still lock.
 */
export type IdleEvent =
  | { type: 'activity' }
  | { type: 'hidden' }
  | { type: 'visible' }
  | { type: 'suspend' }
  | { type: 'screen-locked' }
  | { type: 'tick' };

export interface IdleState {
  idleMs: number | null;
  lastActivityAt: number;
  hiddenSince: number | null;
}

export interface IdleStep {
  state: IdleState;
  lock: LockReason | null;
  /** When to call again with a 'tick' if nothing else happens; null when no deadline applies. */
  nextCheckAt: number | null;
}

export const DEFAULT_IDLE_MS = 5 * 60 * 1000;

export function initialIdleState(now: number, idleMs: number | null = DEFAULT_IDLE_MS): IdleState {
  return { idleMs, lastActivityAt: now, hiddenSince: null };
}

export function idleStep(previous: IdleState, event: IdleEvent, now: number): IdleStep {
  if (event.type === 'suspend') return { state: previous, lock: 'suspend', nextCheckAt: null };
  if (event.type === 'screen-locked') return { state: previous, lock: 'screen-locked', nextCheckAt: null };

  // Deadlines that passed before this event count, whatever the event is.
  const overdue = overdueReason(previous, now);
  if (overdue !== null) return { state: previous, lock: overdue, nextCheckAt: null };

  let state = previous;
  if (event.type === 'activity') state = { ...state, lastActivityAt: now };
  if (event.type === 'hidden') state = { ...state, hiddenSince: state.hiddenSince ?? now };
  if (event.type === 'visible') state = { ...state, hiddenSince: null, lastActivityAt: now };
  return { state, lock: null, nextCheckAt: nextDeadline(state) };
}

function overdueReason(state: IdleState, now: number): LockReason | null {
  if (state.idleMs === null) return null;
  if (state.hiddenSince !== null && now - state.hiddenSince >= state.idleMs) return 'hidden';
  if (now - state.lastActivityAt >= state.idleMs) return 'idle';
  return null;
}

function nextDeadline(state: IdleState): number | null {
  if (state.idleMs === null) return null;
  const idle = state.lastActivityAt + state.idleMs;
  return state.hiddenSince === null ? idle : Math.min(idle, state.hiddenSince + state.idleMs);
}
