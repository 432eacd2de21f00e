import { signDocument, type SignedDocument } from './signedDocument';
import { REVOCATION_CONTEXT, type RevocationList } from './revocationCheck';

// Issuing a revocation list: the root's side, run by `content:certify` and the tests. The app only
// checks lists (revocationCheck.ts), so the signing code stays out of its start-up code.

export {
  highestLists,
  REVOCATION_CONTEXT,
  type RevocationList,
  type VerifiedRevocations,
  verifyRevocations,
} from './revocationCheck';
export { revocationSchema } from './trustSchemas';

export const issueRevocations = (
  body: Omit<RevocationList, 'format' | 'version'>,
  rootSecretKey: Uint8Array,
): SignedDocument => signDocument(REVOCATION_CONTEXT, { format: 'dalili-revocation-list', version: 1, ...body }, rootSecretKey);
