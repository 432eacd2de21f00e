import type { TrustedKey } from './trustedKeys';

// What release builds (DALILI_RELEASE=1) get in place of devTrustRoots.ts: no development root at
// all. Export only what renderer code may use, so code reaching for DEV_ROOT fails the release build.

export const DEV_TRUST_ROOTS: readonly TrustedKey[] = [];
