import { ed25519 } from '@noble/curves/ed25519.js';
import { z } from 'zod';
import { concatBytes, toHex, utf8Bytes } from '../text';
import { verifyEd25519 } from './ed25519';

// A small JSON document signed as the exact text it was written as: `signed` is that text, so no
// canonical-JSON rules are needed to check it, and nothing outside `signed` is trusted.
// Certificates and revocation lists use it; each kind has its own context string, so a signature
// made for one kind can never be passed off as another.

export interface SignedDocument {
  signed: string;
  signature: string;
}

export const signedDocumentSchema = z.strictObject({
  signed: z.string().min(2).max(16_384),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});

export const signDocument = (context: string, body: unknown, secretKey: Uint8Array): SignedDocument => {
  const signed = JSON.stringify(body);
  return { signed, signature: toHex(ed25519.sign(concatBytes(utf8Bytes(context), utf8Bytes(signed)), secretKey)) };
};

/** Ed25519 over `message` (WebCrypto where available, see ed25519.ts); false on any malformed input. */
export const verifyBytes = (message: Uint8Array, signatureHex: string, publicKeyHex: string): Promise<boolean> =>
  verifyEd25519(message, signatureHex, publicKeyHex);

export const verifyDocument = (context: string, doc: SignedDocument, publicKeyHex: string): Promise<boolean> =>
  verifyBytes(concatBytes(utf8Bytes(context), utf8Bytes(doc.signed)), doc.signature, publicKeyHex);

/** The signed body as JSON, or undefined when it is not JSON. Shape is checked by the caller. */
export const signedBody = (doc: SignedDocument): unknown => {
  try {
    return JSON.parse(doc.signed) as unknown;
  } catch {
    return undefined;
  }
};
