import { PackError } from './packError';
import { PART } from './packManifest';
import type { PackSigner, VerifiedSignature } from './signatureCheck';
import { highestLists, verifyRevocations } from './revocationCheck';
import type { SignedDocument } from './signedDocumentCheck';

/**
 * The checks that need the manifest: the certificate's validity at the pack's creation date (as code
 * signing does: a pack made while the certificate was valid stays valid after it expires; a stolen
 * key is handled by revocation, not by expiry), then the revocation list, the highest-numbered one
 * known for this root (the pack's own or one seen before), so an old list cannot un-revoke a key.
 */
export const checkChain = async (
  verified: VerifiedSignature,
  createdAt: string,
  knownRevocations: readonly SignedDocument[],
): Promise<{ signedBy: PackSigner; revocations: SignedDocument }> => {
  const { certificate, root } = verified;
  const created = Date.parse(createdAt);
  if (Number.isNaN(created)) throw new PackError('malformed', PART.manifest, 'createdAt');
  if (created < Date.parse(certificate.validFrom)) throw new PackError('certificate-not-yet-valid', PART.signature);
  if (created > Date.parse(certificate.validUntil)) throw new PackError('certificate-expired', PART.signature);

  const known = (await Promise.all(knownRevocations.map((doc) => verifyRevocations(doc, [root])))).filter(
    (list) => list !== undefined,
  );
  const current = highestLists([verified.revocations, ...known]).get(root.id) ?? verified.revocations;
  if (current.list.revoked.includes(certificate.keyId)) throw new PackError('publisher-revoked', PART.signature);
  return {
    signedBy: {
      rootId: root.id,
      dev: root.dev,
      publisher: certificate.publisher,
      keyId: certificate.keyId,
      validFrom: certificate.validFrom,
      validUntil: certificate.validUntil,
      roles: certificate.roles,
    },
    revocations: current.document,
  };
};
