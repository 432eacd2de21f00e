import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  INITIAL_BACKOFF,
  recordFailure,
  retryAfterMs,
} from '../../../renderer/core/vault/unlockBackoff';

describe('unlock back-off', () => {
  it('doubles from 1 s and stops at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50, 5000].map(backoffDelayMs)).toEqual([
      0, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('counts down from the last failure', () => {
    let state = INITIAL_BACKOFF;
    expect(retryAfterMs(state, 0)).toBe(0);
    state = recordFailure(state, 10_000);
    state = recordFailure(state, 11_000);
    expect(retryAfterMs(state, 11_000)).toBe(2000);
    expect(retryAfterMs(state, 12_500)).toBe(500);
    expect(retryAfterMs(state, 20_000)).toBe(0);
  });
});
