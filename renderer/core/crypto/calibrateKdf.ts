import type { Argon2idCost } from './argon2idHash';
import { KDF_CEILING, KDF_FLOOR } from './kdfParams';

/** Runs one derivation at the given cost and reports how long it took, in milliseconds. */
export type KdfTimer = (cost: Argon2idCost) => Promise<number>;

export interface CalibrationOptions {
  measure: KdfTimer;
  /** Issue 8: "at least about 0.5 s here". */
  targetMs?: number;
  maxMemoryKiB?: number;
  maxIterations?: number;
}

export interface CalibrationResult {
  cost: Argon2idCost;
  measuredMs: number;
  trials: { cost: Argon2idCost; ms: number }[];
}

export const DEFAULT_KDF_TARGET_MS = 500;
const MIB = 1024;
const MAX_TRIALS = 4;

/**
 * Chooses Argon2id cost for a new vault on this machine. Starts at the floor (64 MiB, 3 passes) and
 * only ever goes up. Memory grows first, because memory is what makes guessing expensive on GPUs;
 * passes grow once memory reaches its cap. Timing is injected so tests use a fake clock.
 */
export async function calibrateKdf(options: CalibrationOptions): Promise<CalibrationResult> {
  const targetMs = options.targetMs ?? DEFAULT_KDF_TARGET_MS;
  const maxMemoryKiB = Math.max(
    KDF_FLOOR.memoryKiB,
    Math.min(options.maxMemoryKiB ?? KDF_CEILING.memoryKiB, KDF_CEILING.memoryKiB),
  );
  const maxIterations = Math.max(
    KDF_FLOOR.iterations,
    Math.min(options.maxIterations ?? KDF_CEILING.iterations, KDF_CEILING.iterations),
  );
  const trials: CalibrationResult['trials'] = [];

  let cost: Argon2idCost = { ...KDF_FLOOR };
  let ms = await timeOf(options.measure, cost, trials);

  while (ms < targetMs && trials.length < MAX_TRIALS) {
    const next = scaleUp(cost, ms, targetMs, maxMemoryKiB, maxIterations);
    if (next.memoryKiB === cost.memoryKiB && next.iterations === cost.iterations) break;
    cost = next;
    ms = await timeOf(options.measure, cost, trials);
  }
  return { cost, measuredMs: ms, trials };
}

async function timeOf(
  measure: KdfTimer,
  cost: Argon2idCost,
  trials: CalibrationResult['trials'],
): Promise<number> {
  const raw = await measure(cost);
  // A clock that jumps backwards or returns nonsense must not shrink the cost; treat it as "fast".
  const ms = Number.isFinite(raw) && raw > 0 ? raw : 1;
  trials.push({ cost: { ...cost }, ms });
  return ms;
}

/** Argon2id time is close to linear in memory × passes; aim a little above target to absorb noise. */
function scaleUp(
  cost: Argon2idCost,
  ms: number,
  targetMs: number,
  maxMemoryKiB: number,
  maxIterations: number,
): Argon2idCost {
  const factor = (targetMs * 1.1) / ms;
  const wantedMemory = Math.floor((cost.memoryKiB * factor) / MIB) * MIB;
  const memoryKiB = clamp(wantedMemory, cost.memoryKiB, maxMemoryKiB);
  const predictedMs = (ms * memoryKiB) / cost.memoryKiB;
  let iterations = cost.iterations;
  if (predictedMs < targetMs) {
    iterations = clamp(
      Math.ceil((cost.iterations * targetMs * 1.1) / predictedMs),
      cost.iterations,
      maxIterations,
    );
  }
  return { memoryKiB, iterations, parallelism: cost.parallelism };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
