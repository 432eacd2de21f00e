import { concatBytes, utf8Bytes } from '../text';
import { parseCertificate } from './certificateCheck';
import { MANIFEST_CONTEXT, SIGNATURE_FORMAT, type PackSignature } from './signatureCheck';
import type { SignedDocument } from './signedDocumentCheck';

// The signing side's two pure steps, shared by the build scripts (signing with @noble/curves,
// packSignature.ts) and the workshop (signing with a non-extractable WebCrypto key, issue 20), so that
// the app's own signer does not bring @noble/curves into the renderer.

/** The exact bytes a publisher signs for a manifest. */
export const manifestSigningMessage = (manifestBytes: Uint8Array): Uint8Array =>
  concatBytes(utf8Bytes(MANIFEST_CONTEXT), manifestBytes);

/** The signature document around a signature already made over manifestSigningMessage(). */
export const manifestSignature = (
  signature: string,
  keys: { certificate: SignedDocument; revocations: SignedDocument },
): PackSignature => {
  const certificate = parseCertificate(keys.certificate);
  if (!certificate) throw new Error('the certificate is not a Dalili publisher certificate');
  return {
    format: SIGNATURE_FORMAT,
    version: 2,
    algorithm: 'ed25519',
    keyId: certificate.keyId,
    signature,
    certificate: keys.certificate,
    revocations: keys.revocations,
  };
};

export const serializeSignature = (sig: PackSignature): Uint8Array => utf8Bytes(`${JSON.stringify(sig, null, 2)}\n`);
