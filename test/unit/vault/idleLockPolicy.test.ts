import { describe, expect, it } from 'vitest';
import { startAutoLock, type AutoLockClock } from '../../../renderer/core/vault/autoLock';
import { createVault } from '../../../renderer/core/vault/createVault';
import {
  DEFAULT_IDLE_MS,
  idleStep,
  initialIdleState,
  type IdleEvent,
  type IdleState,
} from '../../../renderer/core/vault/idleLockPolicy';
import type { LockReason } from '../../../renderer/core/vault/vaultSession';
import { PASSPHRASE, TEST_KDF, testEnv } from './vaultTestEnv';

const MIN = 60_000;

function run(
  events: [number, IdleEvent['type']][],
  idleMs: number | null = DEFAULT_IDLE_MS,
): { lock: LockReason | null; at: number | null; next: number | null } {
  let state: IdleState = initialIdleState(0, idleMs);
  let next: number | null = null;
  for (const [at, type] of events) {
    const step = idleStep(state, { type }, at);
    if (step.lock) return { lock: step.lock, at, next: null };
    state = step.state;
    next = step.nextCheckAt;
  }
  return { lock: null, at: null, next };
}

describe('idle lock policy', () => {
  it('defaults to 5 minutes and locks when idle that long', () => {
    expect(DEFAULT_IDLE_MS).toBe(5 * MIN);
    expect(run([[4 * MIN, 'tick']])).toEqual({ lock: null, at: null, next: 5 * MIN });
    expect(run([[5 * MIN, 'tick']]).lock).toBe('idle');
  });

  it('moves the deadline with every activity', () => {
    expect(
      run([
        [4 * MIN, 'activity'],
        [8 * MIN, 'tick'],
      ]),
    ).toEqual({ lock: null, at: null, next: 9 * MIN });
    expect(
      run([
        [4 * MIN, 'activity'],
        [9 * MIN, 'tick'],
      ]).lock,
    ).toBe('idle');
  });

  it('locks at once on suspend or screen lock, even with auto-lock off', () => {
    expect(run([[1, 'suspend']]).lock).toBe('suspend');
    expect(run([[1, 'screen-locked']], null).lock).toBe('screen-locked');
    expect(run([[60 * MIN, 'tick']], null)).toEqual({ lock: null, at: null, next: null });
  });

  it('locks a window hidden longer than the idle time, also when the timer never fired', () => {
    // Hidden at 1 min; browsers throttle timers, so the first thing we see is the window coming back.
    expect(
      run([
        [1 * MIN, 'hidden'],
        [7 * MIN, 'visible'],
      ]).lock,
    ).toBe('hidden');
    expect(
      run([
        [1 * MIN, 'hidden'],
        [3 * MIN, 'visible'],
        [7 * MIN, 'tick'],
      ]),
    ).toEqual({ lock: null, at: null, next: 8 * MIN });
    // An activity event while hidden (e.g. a late key-up) does not reset the hidden clock.
    expect(
      run([
        [1 * MIN, 'hidden'],
        [4 * MIN, 'activity'],
        [6 * MIN, 'tick'],
      ]).lock,
    ).toBe('hidden');
  });

  it('honours the deadline whichever event arrives late', () => {
    expect(run([[6 * MIN, 'activity']]).lock).toBe('idle');
  });
});

describe('auto-lock runtime', () => {
  function fakeClock() {
    const timers = new Map<number, { at: number; fn: () => void }>();
    let nextId = 1;
    const clock: AutoLockClock & { t: number; advance(ms: number): void; pending(): number } = {
      t: 0,
      now: () => clock.t,
      setTimeout: (fn, ms) => {
        timers.set(nextId, { at: clock.t + ms, fn });
        return nextId++;
      },
      clearTimeout: (handle) => void timers.delete(handle as number),
      advance(ms) {
        const end = clock.t + ms;
        for (;;) {
          const due = [...timers.entries()]
            .filter(([, t]) => t.at <= end)
            .sort((x, y) => x[1].at - y[1].at)[0];
          if (!due) break;
          timers.delete(due[0]);
          clock.t = due[1].at;
          due[1].fn();
        }
        clock.t = end;
      },
      pending: () => timers.size,
    };
    return clock;
  }

  it('locks the session after the idle time and stops its timer', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const reasons: LockReason[] = [];
    session.onLock((r) => reasons.push(r));
    const clock = fakeClock();
    const auto = startAutoLock(session, 2 * MIN, clock);
    clock.advance(90_000);
    auto.notify({ type: 'activity' });
    clock.advance(90_000);
    expect(session.isLocked).toBe(false);
    clock.advance(30_000);
    expect(session.isLocked).toBe(true);
    expect(reasons).toEqual(['idle']);
    expect(clock.pending()).toBe(0);
  });

  it('applies a changed setting and forwards platform events', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const clock = fakeClock();
    const auto = startAutoLock(session, 5 * MIN, clock);
    auto.setIdleMs(null);
    clock.advance(60 * MIN);
    expect(session.isLocked).toBe(false);
    auto.notify({ type: 'suspend' });
    expect(session.isLocked).toBe(true);
  });

  it('stops when disposed or when the session is locked by hand', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const clock = fakeClock();
    startAutoLock(session, MIN, clock);
    session.lock('user');
    expect(clock.pending()).toBe(0);
  });
});
