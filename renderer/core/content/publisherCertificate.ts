import { z } from 'zod';
import { signDocument, signedBody, type SignedDocument } from './signedDocument';

// A root key vouches for a publisher key: who the publisher is, which key, for which period and
// for what. The app embeds root public keys only; a pack brings its publisher's certificate.

export const CERTIFICATE_CONTEXT = 'dalili-publisher-certificate/v1\n';

const keyId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/);
const instant = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'ISO date-time');

export const certificateSchema = z
  .strictObject({
    format: z.literal('dalili-publisher-certificate'),
    version: z.literal(1),
    rootId: keyId,
    publisher: z.string().min(1).max(120),
    keyId,
    publicKey: z.string().regex(/^[0-9a-f]{64}$/),
    validFrom: instant,
    validUntil: instant,
    // Unknown roles are kept (a later app may know them) but grant nothing here.
    roles: z.array(z.string().max(40)).max(10),
  })
  .refine((c) => Date.parse(c.validFrom) <= Date.parse(c.validUntil), 'validFrom after validUntil');

export type PublisherCertificate = z.infer<typeof certificateSchema>;

export const issueCertificate = (
  body: Omit<PublisherCertificate, 'format' | 'version'>,
  rootSecretKey: Uint8Array,
): SignedDocument =>
  signDocument(CERTIFICATE_CONTEXT, { format: 'dalili-publisher-certificate', version: 1, ...body }, rootSecretKey);

export const parseCertificate = (doc: SignedDocument): PublisherCertificate | undefined => {
  const parsed = certificateSchema.safeParse(signedBody(doc));
  return parsed.success ? parsed.data : undefined;
};
