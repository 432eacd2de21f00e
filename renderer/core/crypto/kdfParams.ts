import type { Argon2idCost } from './argon2idHash';

/** Stored in the vault header: everything needed to redo the derivation, nothing secret. */
export interface KdfParams extends Argon2idCost {
  algorithm: 'argon2id';
  /** Argon2 version 0x13 (decimal 19), the current one. */
  version: 19;
  salt: Uint8Array;
}

/**
 * Production floor (issue 8): never below 64 MiB and 3 passes, RFC 9106's second recommended
 * setting. One lane: hash-wasm is single-threaded, so more lanes cost us time without costing an
 * attacker more.
 */
export const KDF_FLOOR: Readonly<Argon2idCost> = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };

/**
 * Ceiling for calibration and for what we accept from a header: a vault copied to a weaker laptop
 * must still open, and a forged header must not make us allocate gigabytes.
 */
export const KDF_CEILING: Readonly<Argon2idCost> = { memoryKiB: 256 * 1024, iterations: 16, parallelism: 4 };

export const KDF_SALT_BYTES = 16;
export const KDF_KEY_BYTES = 32;

export function meetsProductionFloor(cost: Argon2idCost): boolean {
  return cost.memoryKiB >= KDF_FLOOR.memoryKiB && cost.iterations >= KDF_FLOOR.iterations;
}

/**
 * Bounds for opening an existing vault. Low values are allowed (test vaults use them, and lowering
 * the cost in a forged header only yields a wrong key); high values are refused.
 */
export function isAcceptableCost(cost: Argon2idCost): boolean {
  return (
    Number.isInteger(cost.memoryKiB) &&
    Number.isInteger(cost.iterations) &&
    Number.isInteger(cost.parallelism) &&
    cost.parallelism >= 1 &&
    cost.parallelism <= KDF_CEILING.parallelism &&
    cost.memoryKiB >= 8 * cost.parallelism &&
    cost.memoryKiB <= KDF_CEILING.memoryKiB &&
    cost.iterations >= 1 &&
    cost.iterations <= KDF_CEILING.iterations
  );
}
