import type { KdfRunner } from '../crypto';
import type { StorageEnv } from './vaultDb';

/**
 * What the vault takes from its surroundings. Everything defaults to the real thing (global
 * IndexedDB, a KDF Worker when available, Date.now); tests inject fakes.
 */
export interface VaultEnv extends StorageEnv {
  kdfRunner?: KdfRunner;
  /** Wall clock for record timestamps and back-off. */
  now?: () => number;
  /** Monotonic clock for KDF calibration. */
  monotonicNow?: () => number;
}
