/**
 * Growing delay after wrong passphrases: 1 s, 2 s, 4 s … up to 30 s. It slows down someone trying
 * guesses at the keyboard; it cannot slow an attacker who copied the disk (Argon2id and the
 * passphrase rules do that). Kept in memory only, so a wrong attempt writes nothing anywhere.
 */
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 30_000;

export interface BackoffState {
  failures: number;
  lastFailureAt: number | null;
}

export const INITIAL_BACKOFF: BackoffState = { failures: 0, lastFailureAt: null };

export function backoffDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 30));
}

/** Milliseconds until the next attempt is allowed; 0 means now. */
export function retryAfterMs(state: BackoffState, now: number): number {
  if (state.lastFailureAt === null) return 0;
  return Math.max(0, state.lastFailureAt + backoffDelayMs(state.failures) - now);
}

export function recordFailure(state: BackoffState, now: number): BackoffState {
  return { failures: state.failures + 1, lastFailureAt: now };
}
