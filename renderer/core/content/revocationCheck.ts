import { KEY_ID } from './certificateCheck';
import { integer, list, literal, Shape, strictRecord, text } from './shapeChecks';
import { readSignedDocument, signedBody, verifyDocument, type SignedDocument } from './signedDocumentCheck';
import type { TrustedKey } from './trustedKeys';

// The root's list of publisher keys it no longer vouches for. Numbered: a higher number replaces a
// lower one, never the reverse, and the app keeps the highest it has seen (trustState.ts), so a pack
// carrying an old list cannot bring a revoked key back. Checked by hand on the start path;
// `revocationSchema` (trustSchemas.ts) is the same in zod, held to the same answers by a test.

export const REVOCATION_CONTEXT = 'dalili-revocation-list/v1\n';

export interface RevocationList {
  format: 'dalili-revocation-list';
  version: 1;
  rootId: string;
  number: number;
  issuedAt: string;
  revoked: string[];
}

export interface VerifiedRevocations {
  list: RevocationList;
  document: SignedDocument;
}

const KEYS = ['format', 'version', 'rootId', 'number', 'issuedAt', 'revoked'];

export const revocationShape = (value: unknown): RevocationList => {
  const raw = strictRecord(value, 'revocations', KEYS);
  return {
    format: literal(raw.format, 'format', 'dalili-revocation-list'),
    version: literal(raw.version, 'version', 1),
    rootId: text(raw.rootId, 'rootId', { pattern: KEY_ID }),
    number: integer(raw.number, 'number', { min: 0, max: Number.MAX_SAFE_INTEGER }),
    issuedAt: text(raw.issuedAt, 'issuedAt', { max: 40 }),
    revoked: list(raw.revoked, 'revoked', (v, at) => text(v, at, { max: 64 }), 1000),
  };
};

const readRevocationList = (body: unknown): RevocationList | undefined => {
  try {
    return revocationShape(body);
  } catch (error) {
    if (error instanceof Shape) return undefined;
    throw error;
  }
};

/** The list, if it is well formed and signed by the root it names (which must be trusted). */
export const verifyRevocations = async (
  doc: unknown,
  roots: readonly TrustedKey[],
): Promise<VerifiedRevocations | undefined> => {
  const document = readSignedDocument(doc);
  if (!document) return undefined;
  const list = readRevocationList(signedBody(document));
  if (!list) return undefined;
  const root = roots.find((r) => r.id === list.rootId);
  if (!root || !(await verifyDocument(REVOCATION_CONTEXT, document, root.publicKey))) return undefined;
  return { list, document };
};

/** Per root, the list with the highest number. */
export const highestLists = (lists: readonly VerifiedRevocations[]): Map<string, VerifiedRevocations> => {
  const byRoot = new Map<string, VerifiedRevocations>();
  for (const l of lists) {
    const known = byRoot.get(l.list.rootId);
    if (!known || l.list.number > known.list.number) byRoot.set(l.list.rootId, l);
  }
  return byRoot;
};
