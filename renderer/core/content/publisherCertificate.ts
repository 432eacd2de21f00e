import { CERTIFICATE_CONTEXT, type PublisherCertificate } from './certificateCheck';
import { signDocument, type SignedDocument } from './signedDocument';

// Issuing a publisher certificate: the root's side, run by `content:certify` and the tests. The app
// only checks certificates (certificateCheck.ts), so the signing code stays out of its start-up code.

export { CERTIFICATE_CONTEXT, parseCertificate, type PublisherCertificate } from './certificateCheck';
export { certificateSchema } from './trustSchemas';

export const issueCertificate = (
  body: Omit<PublisherCertificate, 'format' | 'version'>,
  rootSecretKey: Uint8Array,
): SignedDocument =>
  signDocument(CERTIFICATE_CONTEXT, { format: 'dalili-publisher-certificate', version: 1, ...body }, rootSecretKey);
