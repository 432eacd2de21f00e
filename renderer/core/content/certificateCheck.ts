import { list, literal, Shape, strictRecord, text } from './shapeChecks';
import { signedBody, type SignedDocument } from './signedDocumentCheck';

// A root key vouches for a publisher key: who the publisher is, which key, for which period and for
// what. The app embeds root public keys only; a pack brings its publisher's certificate. Checked by
// hand here, on the start path; `certificateSchema` (trustSchemas.ts) says the same in zod, and
// test/unit/content/trustShapes.test.ts holds both to the same answer on every hostile fixture.

export const CERTIFICATE_CONTEXT = 'dalili-publisher-certificate/v1\n';

export interface PublisherCertificate {
  format: 'dalili-publisher-certificate';
  version: 1;
  rootId: string;
  publisher: string;
  keyId: string;
  publicKey: string;
  validFrom: string;
  validUntil: string;
  /** Unknown roles are kept (a later app may know them) but grant nothing here. */
  roles: string[];
}

export const KEY_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** An ISO date-time Date.parse reads. */
const isInstant = (s: string): boolean => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s));

const instant = (value: unknown, at: string): string => {
  const s = text(value, at);
  if (!isInstant(s)) throw new Shape(`${at}: ISO date-time`);
  return s;
};

const KEYS = ['format', 'version', 'rootId', 'publisher', 'keyId', 'publicKey', 'validFrom', 'validUntil', 'roles'];

export const certificateShape = (value: unknown): PublisherCertificate => {
  const raw = strictRecord(value, 'certificate', KEYS);
  const certificate: PublisherCertificate = {
    format: literal(raw.format, 'format', 'dalili-publisher-certificate'),
    version: literal(raw.version, 'version', 1),
    rootId: text(raw.rootId, 'rootId', { pattern: KEY_ID }),
    publisher: text(raw.publisher, 'publisher', { min: 1, max: 120 }),
    keyId: text(raw.keyId, 'keyId', { pattern: KEY_ID }),
    publicKey: text(raw.publicKey, 'publicKey', { pattern: /^[0-9a-f]{64}$/ }),
    validFrom: instant(raw.validFrom, 'validFrom'),
    validUntil: instant(raw.validUntil, 'validUntil'),
    roles: list(raw.roles, 'roles', (v, at) => text(v, at, { max: 40 }), 10),
  };
  if (Date.parse(certificate.validFrom) > Date.parse(certificate.validUntil)) {
    throw new Shape('validFrom after validUntil');
  }
  return certificate;
};

/** The certificate a signed document carries, or undefined when its body is not one. */
export const parseCertificate = (doc: SignedDocument): PublisherCertificate | undefined => {
  try {
    return certificateShape(signedBody(doc));
  } catch (error) {
    if (error instanceof Shape) return undefined;
    throw error;
  }
};
