import { ed25519 } from '@noble/curves/ed25519.js';
import { toHex } from '../text';
import { parseCertificate } from './certificateCheck';
import { manifestSignature, manifestSigningMessage } from './manifestSigning';
import type { PackSignature } from './signatureCheck';
import type { SignedDocument } from './signedDocumentCheck';

// Signing a manifest (manifest.sig, format 2): the publisher's side, run by the build scripts and the
// tests. The app only checks signatures (signatureCheck.ts), so @noble/curves and zod stay out of its
// start-up code (issue 17, point 8).

export {
  type PackSignature,
  type PackSigner,
  SIGNATURE_FORMAT,
  type VerifiedSignature,
  verifyManifestSignature,
} from './signatureCheck';
export { signatureSchema } from './trustSchemas';

/** What a pack's signer needs: the publisher's secret, its certificate and the current revocation list. */
export interface PackSignerKeys {
  secretKey: Uint8Array;
  certificate: SignedDocument;
  revocations: SignedDocument;
}

export const signManifest = (manifestBytes: Uint8Array, keys: PackSignerKeys): PackSignature => {
  const certificate = parseCertificate(keys.certificate);
  if (!certificate) throw new Error('the certificate is not a Dalili publisher certificate');
  if (toHex(ed25519.getPublicKey(keys.secretKey)) !== certificate.publicKey) {
    throw new Error(`the signing key is not the one certified for ${certificate.publisher} (${certificate.keyId})`);
  }
  return manifestSignature(toHex(ed25519.sign(manifestSigningMessage(manifestBytes), keys.secretKey)), keys);
};

export { serializeSignature } from './manifestSigning';
