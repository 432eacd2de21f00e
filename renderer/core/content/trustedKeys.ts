// The public keys whose packs this app accepts.
//
// The development key pair is committed (build/content/keys/dev-ed25519.json) so tests and local
// builds can sign; its private half is therefore public, and a dev-signed pack proves nothing about
// who made it. Policy:
// - a pack signed by a `dev: true` key is accepted only when the caller passes `allowDevKeys: true`,
//   otherwise it fails with 'dev-key-refused';
// - the bundled pack (shipped inside the app, as trustworthy as the app's own code) allows dev keys by
//   default, and the loaded pack says `signedBy.dev === true` so the UI shows "pack de développement";
// - packs imported from a file must pass `allowDevKeys: false` in release builds.
// Production keys are generated with `npm run content:keygen`, kept outside the repository, and
// their public half is added below with `dev: false`.

export interface TrustedKey {
  /** Stable label shown in logs and the about screen. */
  id: string;
  /** Ed25519 public key, 32 bytes as lower-case hex. */
  publicKey: string;
  dev: boolean;
}

export const DEV_KEY: TrustedKey = {
  id: 'dalili-dev-2026',
  publicKey: '5ec0c182ad6e65a3d009bdfbd657bd044cce705ec8d9a2d97ce9f3d738ff3cbb',
  dev: true,
};

export const TRUSTED_KEYS: readonly TrustedKey[] = [DEV_KEY];
