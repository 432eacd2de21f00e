import { z } from 'zod';
import { ed25519 } from '@noble/curves/ed25519.js';
import { concatBytes, toHex, utf8Bytes } from '../text';
import { PackError } from './packError';
import { PART, parseJsonPart } from './packManifest';
import { CERTIFICATE_CONTEXT, parseCertificate, type PublisherCertificate } from './publisherCertificate';
import { verifyRevocations, type VerifiedRevocations } from './revocationList';
import { signedDocumentSchema, verifyBytes, verifyDocument, type SignedDocument } from './signedDocument';
import type { TrustedKey } from './trustedKeys';

// manifest.sig (format 2): the publisher's Ed25519 signature over the manifest's exact bytes, the
// publisher's certificate (signed by a root) and the root's revocation list. The app holds root
// public keys only. Format 1 (a bare key and signature, before the chain) is refused as 'old-format'.

const CONTEXT = utf8Bytes('dalili-content-pack/manifest/v2\n');
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

const signatureSchema = z.strictObject({
  format: z.literal(SIGNATURE_FORMAT),
  version: z.literal(2),
  algorithm: z.literal('ed25519'),
  keyId: z.string().max(64),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
  certificate: signedDocumentSchema,
  revocations: signedDocumentSchema,
});

/** What a pack's signer needs: the publisher's secret, its certificate and the current revocation list. */
export interface PackSignerKeys {
  secretKey: Uint8Array;
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

/** The exact bytes a publisher signs for a manifest (issue 20: the workshop signs them with WebCrypto). */
export const manifestSigningMessage = (manifestBytes: Uint8Array): Uint8Array => concatBytes(CONTEXT, manifestBytes);

/** The signature document around a signature already made over manifestSigningMessage(). */
export const manifestSignature = (
  signature: string,
  keys: Omit<PackSignerKeys, 'secretKey'>,
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

export const signManifest = (manifestBytes: Uint8Array, keys: PackSignerKeys): PackSignature => {
  const certificate = parseCertificate(keys.certificate);
  if (!certificate) throw new Error('the certificate is not a Dalili publisher certificate');
  if (toHex(ed25519.getPublicKey(keys.secretKey)) !== certificate.publicKey) {
    throw new Error(`the signing key is not the one certified for ${certificate.publisher} (${certificate.keyId})`);
  }
  const signature = toHex(ed25519.sign(manifestSigningMessage(manifestBytes), keys.secretKey));
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

export interface VerifiedSignature {
  root: TrustedKey;
  certificate: PublisherCertificate;
  /** The pack's own revocation list, verified under the same root. */
  revocations: VerifiedRevocations;
}

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
  const parsed = signatureSchema.safeParse(raw);
  if (!parsed.success) throw new PackError('malformed', PART.signature, parsed.error.issues[0]?.message);
  const certificate = parseCertificate(parsed.data.certificate);
  if (!certificate) throw new PackError('malformed', PART.signature, 'certificate');
  const root = trustedKeys.find((k) => k.id === certificate.rootId);
  if (!root) throw new PackError('untrusted-key', PART.signature);
  if (root.dev && !allowDevKeys) throw new PackError('dev-key-refused', PART.signature);
  // The three signatures are checked together; the first failure in chain order is the one reported.
  const [certificateOk, manifestOk, revocations] = await Promise.all([
    verifyDocument(CERTIFICATE_CONTEXT, parsed.data.certificate, root.publicKey),
    parsed.data.keyId === certificate.keyId &&
      verifyBytes(concatBytes(CONTEXT, manifestBytes), parsed.data.signature, certificate.publicKey),
    verifyRevocations(parsed.data.revocations, [root]),
  ]);
  if (!certificateOk) throw new PackError('signature-invalid', PART.signature, 'certificate');
  if (!certificate.roles.includes('content')) throw new PackError('role-refused', PART.signature);
  if (!manifestOk) throw new PackError('signature-invalid', PART.signature);
  if (!revocations) throw new PackError('signature-invalid', PART.signature, 'revocation list');
  return { root, certificate, revocations };
};
