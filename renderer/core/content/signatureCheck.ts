import { concatBytes, utf8Bytes } from '../text';
import { CERTIFICATE_CONTEXT, parseCertificate, type PublisherCertificate } from './certificateCheck';
import { PackError } from './packError';
import { PART, parseJsonPart } from './packManifest';
import { verifyRevocations, type VerifiedRevocations } from './revocationCheck';
import { literal, Shape, strictRecord, text } from './shapeChecks';
import { signedDocumentShape, verifyBytes, verifyDocument, type SignedDocument } from './signedDocumentCheck';
import type { TrustedKey } from './trustedKeys';

// Checking manifest.sig (format 2): the publisher's Ed25519 signature over the manifest's exact bytes,
// the publisher's certificate (signed by a root) and the root's revocation list. The app holds root
// public keys only. Format 1 (a bare key and signature, before the chain) is refused as 'old-format'.
// The signing side is packSignature.ts; this one runs before the first page, so its shape checks are
// by hand (`signatureSchema` in trustSchemas.ts is the zod reference a test compares them with).

export const MANIFEST_CONTEXT = 'dalili-content-pack/manifest/v2\n';
export const SIGNATURE_FORMAT = 'dalili-pack-signature';

export interface PackSignature {
  format: typeof SIGNATURE_FORMAT;
  version: 2;
  algorithm: 'ed25519';
  keyId: string;
  signature: string;
  certificate: SignedDocument;
  revocations: SignedDocument;
}

/** Who vouched for a verified pack, as the import screen shows it. */
export interface PackSigner {
  rootId: string;
  /** Signed under the development root (whose secret is public). */
  dev: boolean;
  publisher: string;
  keyId: string;
  validFrom: string;
  validUntil: string;
  roles: string[];
}

export interface VerifiedSignature {
  root: TrustedKey;
  certificate: PublisherCertificate;
  /** The pack's own revocation list, verified under the same root. */
  revocations: VerifiedRevocations;
}

const KEYS = ['format', 'version', 'algorithm', 'keyId', 'signature', 'certificate', 'revocations'];

export const signatureShape = (value: unknown): PackSignature => {
  const raw = strictRecord(value, 'signature', KEYS);
  return {
    format: literal(raw.format, 'format', SIGNATURE_FORMAT),
    version: literal(raw.version, 'version', 2),
    algorithm: literal(raw.algorithm, 'algorithm', 'ed25519'),
    keyId: text(raw.keyId, 'keyId', { max: 64 }),
    signature: text(raw.signature, 'signature', { pattern: /^[0-9a-f]{128}$/ }),
    certificate: signedDocumentShape(raw.certificate, 'certificate'),
    revocations: signedDocumentShape(raw.revocations, 'revocations'),
  };
};

const isOldFormat = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && !('format' in raw) && 'publicKey' in raw && 'signature' in raw;

/**
 * The chain, in order: a known root → the root's signature on the certificate → the 'content' role →
 * the publisher's signature on the manifest → a revocation list signed by that same root. Dates and
 * revocation are checked by loadPack once the manifest (its createdAt) is parsed.
 */
export const verifyManifestSignature = async (
  manifestBytes: Uint8Array,
  signatureBytes: Uint8Array,
  trustedKeys: readonly TrustedKey[],
  allowDevKeys: boolean,
): Promise<VerifiedSignature> => {
  const raw = parseJsonPart(signatureBytes, PART.signature);
  if (isOldFormat(raw)) throw new PackError('old-format', PART.signature);
  let signature: PackSignature;
  try {
    signature = signatureShape(raw);
  } catch (error) {
    if (error instanceof Shape) throw new PackError('malformed', PART.signature, error.message);
    throw error;
  }
  const certificate = parseCertificate(signature.certificate);
  if (!certificate) throw new PackError('malformed', PART.signature, 'certificate');
  const root = trustedKeys.find((k) => k.id === certificate.rootId);
  if (!root) throw new PackError('untrusted-key', PART.signature);
  if (root.dev && !allowDevKeys) throw new PackError('dev-key-refused', PART.signature);
  // The three signatures are checked together; the first failure in chain order is the one reported.
  const [certificateOk, manifestOk, revocations] = await Promise.all([
    verifyDocument(CERTIFICATE_CONTEXT, signature.certificate, root.publicKey),
    signature.keyId === certificate.keyId &&
      verifyBytes(concatBytes(utf8Bytes(MANIFEST_CONTEXT), manifestBytes), signature.signature, certificate.publicKey),
    verifyRevocations(signature.revocations, [root]),
  ]);
  if (!certificateOk) throw new PackError('signature-invalid', PART.signature, 'certificate');
  if (!certificate.roles.includes('content')) throw new PackError('role-refused', PART.signature);
  if (!manifestOk) throw new PackError('signature-invalid', PART.signature);
  if (!revocations) throw new PackError('signature-invalid', PART.signature, 'revocation list');
  return { root, certificate, revocations };
};
