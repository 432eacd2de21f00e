import { describe, expect, it } from 'vitest';
import type { Argon2idCost } from '../../../renderer/core/crypto/argon2idHash';
import { calibrateKdf } from '../../../renderer/core/crypto/calibrateKdf';
import { KDF_CEILING, KDF_FLOOR, meetsProductionFloor } from '../../../renderer/core/crypto/kdfParams';

/** A machine where Argon2id takes `msPerFloor` at 64 MiB × 3 passes and scales linearly. */
function fakeMachine(msPerFloor: number) {
  const calls: Argon2idCost[] = [];
  const measure = (cost: Argon2idCost) => {
    calls.push(cost);
    return Promise.resolve(
      (msPerFloor * cost.memoryKiB * cost.iterations) / (KDF_FLOOR.memoryKiB * KDF_FLOOR.iterations),
    );
  };
  return { measure, calls };
}

describe('KDF calibration', () => {
  it('keeps the floor on a machine already slower than the target', async () => {
    const machine = fakeMachine(900);
    const result = await calibrateKdf({ measure: machine.measure });
    expect(result.cost).toEqual(KDF_FLOOR);
    expect(machine.calls).toHaveLength(1);
  });

  it('grows memory first, then passes, until the target is reached', async () => {
    const result = await calibrateKdf({ measure: fakeMachine(200).measure });
    expect(result.cost.memoryKiB).toBeGreaterThan(KDF_FLOOR.memoryKiB);
    expect(result.cost.iterations).toBe(3);
    expect(result.measuredMs).toBeGreaterThanOrEqual(500);

    const fast = await calibrateKdf({ measure: fakeMachine(40).measure });
    expect(fast.cost.memoryKiB).toBe(KDF_CEILING.memoryKiB);
    expect(fast.cost.iterations).toBeGreaterThan(3);
    expect(fast.measuredMs).toBeGreaterThanOrEqual(500);
  });

  it('stops at the ceiling on a very fast machine rather than using unbounded memory', async () => {
    const result = await calibrateKdf({ measure: fakeMachine(1).measure });
    expect(result.cost).toEqual({
      memoryKiB: KDF_CEILING.memoryKiB,
      iterations: KDF_CEILING.iterations,
      parallelism: 1,
    });
  });

  it('never goes below 64 MiB and 3 passes, whatever the clock says', async () => {
    for (const ms of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e-9, 0.5, 3, 50, 499, 500, 10_000]) {
      const result = await calibrateKdf({ measure: () => Promise.resolve(ms) });
      expect(meetsProductionFloor(result.cost)).toBe(true);
      expect(result.cost.memoryKiB).toBeLessThanOrEqual(KDF_CEILING.memoryKiB);
      expect(result.cost.iterations).toBeLessThanOrEqual(KDF_CEILING.iterations);
      expect(result.trials.length).toBeLessThanOrEqual(4);
    }
    const lowCaps = await calibrateKdf({
      measure: fakeMachine(1).measure,
      maxMemoryKiB: 1024,
      maxIterations: 1,
    });
    expect(lowCaps.cost).toMatchObject({ memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations });
  });

  it('only ever raises the cost between trials', async () => {
    const machine = fakeMachine(60);
    await calibrateKdf({ measure: machine.measure });
    for (let i = 1; i < machine.calls.length; i++) {
      const [before, after] = [machine.calls[i - 1]!, machine.calls[i]!];
      expect(after.memoryKiB * after.iterations).toBeGreaterThan(before.memoryKiB * before.iterations);
    }
  });
});
