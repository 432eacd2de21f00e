// Issue 18, point 4: the lock registry empties every holder, and the screening under way ends after
// the idle period even with no notebook open (the timer measured on the clock, not in ticks).
import { describe, expect, it, vi } from 'vitest';
import { createCase } from '../../../renderer/core/cases/caseCommit';
import { newScreening } from '../../../renderer/core/screening';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { currentNotebook, openNotebook } from '../../../renderer/ui/cases/notebookStore';
import { createIdleTimer, type IdleClock } from '../../../renderer/ui/indicators/idleTimer';
import { endSessionScreening, setSessionScreening } from '../../../renderer/ui/indicators/screeningSession';
import { forgetOnLock } from '../../../renderer/ui/vault/forgetOnLock';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';

function fakeClock() {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const clock: IdleClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => timers.delete(handle as number),
  };
  /** Moves time on; `fire: false` models a sleeping computer whose timers did not run. */
  const advance = (ms: number, fire = true) => {
    now += ms;
    if (!fire) return;
    for (const [id, t] of [...timers]) {
      if (t.at <= now) {
        timers.delete(id);
        t.run();
      }
    }
  };
  return { clock, advance };
}

describe('idle timer', () => {
  it('fires once, idleMs after the last activity', () => {
    const { clock, advance } = fakeClock();
    const onIdle = vi.fn();
    const timer = createIdleTimer(60_000, onIdle, clock);
    advance(50_000);
    timer.activity();
    advance(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    advance(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    advance(120_000);
    timer.check();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('fires on the next check when its timers did not run (sleep, hidden window)', () => {
    const { clock, advance } = fakeClock();
    const onIdle = vi.fn();
    const timer = createIdleTimer(60_000, onIdle, clock);
    advance(61_000, false);
    expect(onIdle).not.toHaveBeenCalled();
    timer.check();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never fires once disposed', () => {
    const { clock, advance } = fakeClock();
    const onIdle = vi.fn();
    createIdleTimer(60_000, onIdle, clock).dispose();
    advance(120_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('lock registry', () => {
  it('empties every holder even when one of them throws', () => {
    let kept: string[] = ['Zawadi, puits de Nyabibwe'];
    forgetOnLock.register('test-throws', {
      forget: () => {
        throw new Error('boom');
      },
      held: () => null,
    });
    forgetOnLock.register('test-list', { forget: () => (kept = []), held: () => kept });
    forgetOnLock.forgetAll();
    expect(forgetOnLock.snapshot().get('test-list')).toEqual([]);
  });

  it('drops the screening under way and the decrypted case list', async () => {
    setSessionScreening({ ...newScreening('adult', ''), setId: 'x' });
    expect(forgetOnLock.snapshot().get('screening-in-progress')).toBeDefined();

    const env = testEnv();
    const { session } = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const place = { province: 'Sud-Kivu', territory: 'Mwenga', site: 'Kamituga', lat: null, lon: null };
    await createCase(
      session,
      newOpaqueId(),
      { prefix: 'BKV', year: 2026, seq: 1 },
      { prefix: 'BKV', openedOn: '2026-11-02', incidentOn: '', place, summary: 'Galerie effondrée' },
      1000,
    );
    openNotebook(session);
    await vi.waitFor(() => expect(currentNotebook().status).toBe('ready'));
    expect(forgetOnLock.snapshot().get('case-notebook')).not.toBeNull();

    // The panic path: the registry alone, before the session's own lock listeners.
    forgetOnLock.forgetAll();
    expect(forgetOnLock.snapshot().get('screening-in-progress')).toBeUndefined();
    expect(forgetOnLock.snapshot().get('case-notebook')).toBeNull();
    expect(currentNotebook()).toEqual({ status: 'loading' });
    session.lock();
    endSessionScreening('idle');
  });
});
