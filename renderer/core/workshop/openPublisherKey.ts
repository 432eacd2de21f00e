import { ed25519 } from '@noble/curves/ed25519.js';
import {
  APP_TRUST_ROOTS,
  isPackError,
  type PackErrorCode,
  type SignedDocument,
  type TrustedKey,
} from '../content';
import {
  checkChain,
  manifestSignature,
  manifestSigningMessage,
  parseCertificate,
  serializeSignature,
  signedDocumentSchema,
  verifyManifestSignature,
} from '../content/publishFace';
import type { KdfRunner } from '../crypto';
import { toHex, utf8Bytes, utf8Text } from '../text';
import { createPublisherSigner, importSigningSecret, type PublisherSigner } from './publisherSigner';
import { readKeyFile, sealedPayloadSchema, unsealKeyFile } from './publisherKeyFile';
import { WorkshopError, type WorkshopErrorCode } from './workshopError';

export interface OpenKeyOptions {
  /** Roots the certificate must be signed by: the app's own by default. */
  trustedKeys?: readonly TrustedKey[];
  /** Accept a certificate under a development root (default true: release builds hold no such root). */
  allowDevKeys?: boolean;
  /** Revocation lists this computer has seen (trustState.ts): the highest per root applies. */
  knownRevocations?: readonly SignedDocument[];
  /** The certificate must be valid at this moment (default: now). */
  now?: Date;
  kdfRunner?: KdfRunner;
}

// The chain is checked by the importer's own code on a probe signature: a key that opens here is one
// whose packs the import screen will accept, for the same reasons, on the same day.
const PROBE = utf8Bytes('dalili-publisher-key/probe\n');

const CHAIN_CODES: Partial<Record<PackErrorCode, WorkshopErrorCode>> = {
  'untrusted-key': 'untrusted',
  'dev-key-refused': 'untrusted',
  'signature-invalid': 'untrusted',
  'role-refused': 'role-refused',
  'publisher-revoked': 'revoked',
  'certificate-expired': 'certificate-expired',
  'certificate-not-yet-valid': 'certificate-not-yet-valid',
};

const parsePayload = (plaintext: Uint8Array) => {
  if (plaintext.length <= 32) return undefined;
  try {
    const parsed = sealedPayloadSchema.safeParse(JSON.parse(utf8Text(plaintext.subarray(32))));
    if (!parsed.success) return undefined;
    const certificate = signedDocumentSchema.safeParse(parsed.data.certificate);
    const revocations = signedDocumentSchema.safeParse(parsed.data.revocations);
    if (!certificate.success || !revocations.success) return undefined;
    return { role: parsed.data.role, certificate: certificate.data, revocations: revocations.data };
  } catch {
    return undefined;
  }
};

/**
 * Opens a passphrase-protected publisher key file (publisherKeyFile.ts) and returns a signer holding
 * the key in memory only. Refused with a WorkshopError: not a key file, a newer format, damaged,
 * wrong passphrase, a root key, a key its certificate does not name, a certificate not under a
 * trusted root, without the content role, revoked, or not valid today.
 */
export const openPublisherKey = async (
  fileBytes: Uint8Array,
  passphrase: string,
  options: OpenKeyOptions = {},
): Promise<PublisherSigner> => {
  const file = await readKeyFile(fileBytes);
  if (typeof file === 'string') throw new WorkshopError(file);
  // No key file is sealed under an empty passphrase (the CLI asks for 12 characters or more).
  if (passphrase.length === 0) throw new WorkshopError('wrong-passphrase');
  const plaintext = await unsealKeyFile(file, passphrase, options.kdfRunner);
  if (!plaintext) throw new WorkshopError('wrong-passphrase');
  const secret = plaintext.slice(0, 32);
  const payload = parsePayload(plaintext);
  plaintext.fill(0);
  if (!payload) {
    secret.fill(0);
    throw new WorkshopError('damaged', 'payload');
  }
  try {
    const trustedKeys = options.trustedKeys ?? APP_TRUST_ROOTS;
    const publicKey = toHex(ed25519.getPublicKey(secret));
    if (payload.role === 'root' || trustedKeys.some((root) => root.publicKey === publicKey)) {
      throw new WorkshopError('root-key');
    }
    if (payload.role !== 'publisher') throw new WorkshopError('damaged', 'role');
    const certificate = parseCertificate(payload.certificate);
    if (!certificate) throw new WorkshopError('damaged', 'certificate');
    if (certificate.publicKey !== publicKey) throw new WorkshopError('not-certified');
  } catch (error) {
    secret.fill(0);
    throw error;
  }
  const now = (options.now ?? new Date()).toISOString();
  // Ownership of `secret` passes to the handle, which wipes it (or keeps it until forget()).
  const handle = await importSigningSecret(secret);
  try {
    const probe = manifestSignature(toHex(await handle.sign(manifestSigningMessage(PROBE))), payload);
    const verified = await verifyManifestSignature(
      PROBE,
      serializeSignature(probe),
      options.trustedKeys ?? APP_TRUST_ROOTS,
      options.allowDevKeys ?? true,
    );
    const { signedBy, revocations } = await checkChain(verified, now, options.knownRevocations ?? []);
    return createPublisherSigner(handle, signedBy, payload.certificate, revocations);
  } catch (error) {
    handle.forget();
    if (isPackError(error)) throw new WorkshopError(CHAIN_CODES[error.code] ?? 'damaged', error.code);
    throw error;
  }
};
