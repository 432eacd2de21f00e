import { z } from 'zod';
import { signDocument, signedBody, signedDocumentSchema, verifyDocument, type SignedDocument } from './signedDocument';
import type { TrustedKey } from './trustedKeys';

// The root's list of publisher keys it no longer vouches for. Numbered: a higher number replaces a
// lower one, never the reverse, and the app keeps the highest it has seen (trustState.ts), so a pack
// carrying an old list cannot bring a revoked key back.

export const REVOCATION_CONTEXT = 'dalili-revocation-list/v1\n';

export const revocationSchema = z.strictObject({
  format: z.literal('dalili-revocation-list'),
  version: z.literal(1),
  rootId: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/),
  number: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  issuedAt: z.string().max(40),
  revoked: z.array(z.string().max(64)).max(1000),
});

export type RevocationList = z.infer<typeof revocationSchema>;

export interface VerifiedRevocations {
  list: RevocationList;
  document: SignedDocument;
}

export const issueRevocations = (
  body: Omit<RevocationList, 'format' | 'version'>,
  rootSecretKey: Uint8Array,
): SignedDocument => signDocument(REVOCATION_CONTEXT, { format: 'dalili-revocation-list', version: 1, ...body }, rootSecretKey);

/** The list, if it is well formed and signed by the root it names (which must be trusted). */
export const verifyRevocations = async (
  doc: unknown,
  roots: readonly TrustedKey[],
): Promise<VerifiedRevocations | undefined> => {
  const shape = signedDocumentSchema.safeParse(doc);
  if (!shape.success) return undefined;
  const parsed = revocationSchema.safeParse(signedBody(shape.data));
  if (!parsed.success) return undefined;
  const root = roots.find((r) => r.id === parsed.data.rootId);
  if (!root || !(await verifyDocument(REVOCATION_CONTEXT, shape.data, root.publicKey))) return undefined;
  return { list: parsed.data, document: shape.data };
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
