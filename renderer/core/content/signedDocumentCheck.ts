import { concatBytes, utf8Bytes } from '../text';
import { verifyEd25519 } from './ed25519';
import { Shape, strictRecord, text } from './shapeChecks';

// The checking side of a signed document (signedDocument.ts signs them): what the app runs before the
// first page, without zod or @noble/curves (issue 17, point 8). A small JSON document signed as the
// exact text it was written as: `signed` is that text, so no canonical-JSON rules are needed to check
// it, and nothing outside `signed` is trusted. Each kind has its own context string, so a signature
// made for one kind can never be passed off as another.

export interface SignedDocument {
  signed: string;
  signature: string;
}

/** The document if it has exactly the shape of `signedDocumentSchema` (trustSchemas.ts), else Shape. */
export const signedDocumentShape = (value: unknown, at: string): SignedDocument => {
  const raw = strictRecord(value, at, ['signed', 'signature']);
  return {
    signed: text(raw.signed, `${at}.signed`, { min: 2, max: 16_384 }),
    signature: text(raw.signature, `${at}.signature`, { pattern: /^[0-9a-f]{128}$/ }),
  };
};

/** The document, or undefined when it is not one. */
export const readSignedDocument = (value: unknown): SignedDocument | undefined => {
  try {
    return signedDocumentShape(value, '');
  } catch (error) {
    if (error instanceof Shape) return undefined;
    throw error;
  }
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
