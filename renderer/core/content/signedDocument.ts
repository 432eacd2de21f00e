import { ed25519 } from '@noble/curves/ed25519.js';
import { concatBytes, toHex, utf8Bytes } from '../text';
import type { SignedDocument } from './signedDocumentCheck';

// Signing a small JSON document (certificates, revocation lists): the publisher's and the root's side,
// run by the build scripts and the tests. The app only checks them (signedDocumentCheck.ts), so
// @noble/curves stays out of its start-up code.

export {
  readSignedDocument,
  signedBody,
  type SignedDocument,
  verifyBytes,
  verifyDocument,
} from './signedDocumentCheck';
export { signedDocumentSchema } from './trustSchemas';

export const signDocument = (context: string, body: unknown, secretKey: Uint8Array): SignedDocument => {
  const signed = JSON.stringify(body);
  return { signed, signature: toHex(ed25519.sign(concatBytes(utf8Bytes(context), utf8Bytes(signed)), secretKey)) };
};
