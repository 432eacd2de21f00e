import productionRootsFile from './productionRoots.json';

// The root public keys whose publishers this app accepts (see build/content/README.md, "Keys and
// trust"). Roots only: publisher keys reach the app inside their root-signed certificate.
//
// - Production roots are listed in productionRoots.json (public keys only; the secret halves live
//   offline, never in the repository). `npm run package` refuses to build while it is empty.
// - The development root (devTrustRoots.ts) has its secret committed, so anyone can sign with it.
//   Only development and test builds trust it: release builds (DALILI_RELEASE=1) replace
//   devTrustRoots.ts with devTrustRoots.release.ts, which lists none, so the key is not even in the
//   shipped code (test/unit/packaging/releaseBundle.test.ts searches the bundle for it).

export interface TrustedKey {
  /** Stable label, named by certificates (`rootId`) and revocation lists. */
  id: string;
  /** Ed25519 public key, 32 bytes as lower-case hex. */
  publicKey: string;
  dev: boolean;
}

interface RootsFile {
  roots: { id: string; publicKey: string }[];
}

const KEY = /^[0-9a-f]{64}$/;

export const PRODUCTION_ROOTS: readonly TrustedKey[] = (productionRootsFile as RootsFile).roots
  .filter((r) => typeof r.id === 'string' && KEY.test(r.publicKey))
  .map((r) => ({ id: r.id, publicKey: r.publicKey, dev: false }));
