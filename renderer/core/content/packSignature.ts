import { ed25519 } from '@noble/curves/ed25519.js';
import { z } from 'zod';
import { concatBytes, fromHex, toHex, utf8 } from './bytes';
import { PackError } from './packError';
import { PART, parseJsonPart } from './packManifest';
import type { TrustedKey } from './trustedKeys';

// manifest.sig is a small JSON object naming the key and carrying the Ed25519 signature over the
// manifest's exact bytes, prefixed with a context string so the signing key cannot be tricked into
// vouching for anything else.

const CONTEXT = utf8('dalili-content-pack/manifest/v1\n');

export interface PackSignature {
  algorithm: 'ed25519';
  keyId: string;
  publicKey: string;
  signature: string;
}

const signatureSchema = z.object({
  algorithm: z.literal('ed25519'),
  keyId: z.string().max(100),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});

export const signManifest = (manifestBytes: Uint8Array, secretKey: Uint8Array, keyId: string): PackSignature => {
  const publicKey = ed25519.getPublicKey(secretKey);
  const signature = ed25519.sign(concatBytes(CONTEXT, manifestBytes), secretKey);
  return { algorithm: 'ed25519', keyId, publicKey: toHex(publicKey), signature: toHex(signature) };
};

export const serializeSignature = (sig: PackSignature): Uint8Array => utf8(`${JSON.stringify(sig, null, 2)}\n`);

/** Returns the trusted key that signed the manifest, or throws; checks trust before the signature. */
export const verifyManifestSignature = (
  manifestBytes: Uint8Array,
  signatureBytes: Uint8Array,
  trustedKeys: readonly TrustedKey[],
  allowDevKeys: boolean,
): TrustedKey => {
  const parsed = signatureSchema.safeParse(parseJsonPart(signatureBytes, PART.signature));
  if (!parsed.success) throw new PackError('malformed', PART.signature, parsed.error.issues[0]?.message);
  const key = trustedKeys.find((k) => k.publicKey.toLowerCase() === parsed.data.publicKey);
  if (!key) throw new PackError('untrusted-key', PART.signature);
  if (key.dev && !allowDevKeys) throw new PackError('dev-key-refused', PART.signature);
  const sig = fromHex(parsed.data.signature);
  const pub = fromHex(parsed.data.publicKey);
  let valid = false;
  try {
    // zip215: false is the strict RFC 8032 check: no malleable or non-canonical encodings.
    valid = !!sig && !!pub && ed25519.verify(sig, concatBytes(CONTEXT, manifestBytes), pub, { zip215: false });
  } catch {
    valid = false;
  }
  if (!valid) throw new PackError('signature-invalid', PART.signature);
  return key;
};
