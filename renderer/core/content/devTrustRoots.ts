import type { TrustedKey } from './trustedKeys';

// The development root. Its secret is committed (build/content/keys/dev-root-ed25519.json) so that
// tests and local builds can certify a development publisher: it proves nothing about who made a
// pack. Release builds swap this module for devTrustRoots.release.ts (build/releaseTrust.ts).

export const DEV_ROOT: TrustedKey = {
  id: 'dalili-dev-root',
  publicKey: '5ec0c182ad6e65a3d009bdfbd657bd044cce705ec8d9a2d97ce9f3d738ff3cbb',
  dev: true,
};

export const DEV_TRUST_ROOTS: readonly TrustedKey[] = [DEV_ROOT];
