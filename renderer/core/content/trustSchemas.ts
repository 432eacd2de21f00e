import { z } from 'zod';
import { LANGUAGES } from '../vocabulary';
import type { PublisherCertificate } from './certificateCheck';
import { PACK_FORMAT, type PackManifest } from './packManifest';
import type { RevocationList } from './revocationCheck';
import type { SignedDocument } from './signedDocumentCheck';

// The small signed inputs (manifest, signature file, certificate, revocation list) described in zod:
// the reference the hand checks of the start path must agree with (test/unit/content/trustShapes.test.ts
// runs both on every hostile fixture), and what the build scripts read key files with. The app checks
// these inputs by hand before the first page (shapeChecks.ts), to keep zod out of its start-up code
// (issue 17, point 8).

export const signedDocumentSchema = z.strictObject({
  signed: z.string().min(2).max(16_384),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});

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

export const revocationSchema = z.strictObject({
  format: z.literal('dalili-revocation-list'),
  version: z.literal(1),
  rootId: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/),
  number: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  issuedAt: z.string().max(40),
  revoked: z.array(z.string().max(64)).max(1000),
});

export const signatureSchema = z.strictObject({
  format: z.literal('dalili-pack-signature'),
  version: z.literal(2),
  algorithm: z.literal('ed25519'),
  keyId: z.string().max(64),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
  certificate: signedDocumentSchema,
  revocations: signedDocumentSchema,
});

const PART_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const countSchema = z.number().int().nonnegative();

export const manifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.number().int().positive(),
  packVersion: z.number().int().positive(),
  createdAt: z.string(),
  validAsOf: z.string(),
  languages: z.array(z.enum(LANGUAGES)),
  counts: z.object({
    documents: countSchema,
    entries: countSchema,
    articles: countSchema,
    indicators: countSchema,
    steps: countSchema,
    actors: countSchema,
    aVerifier: countSchema,
    // Verification levels and natures (issue 14); absent from earlier packs, which counted `verifie`.
    officiel: countSchema.optional(),
    concordant: countSchema.optional(),
    resume: countSchema.optional(),
    texte: countSchema.optional(),
    /** Earlier packs only: the former single "vérifié" status, whose level is unknown. */
    verifie: countSchema.optional(),
  }),
  search: z.object({ engine: z.string(), configVersion: z.number().int(), configHash: z.string() }),
  parts: z.array(
    z.object({
      name: z.string().regex(PART_NAME),
      size: countSchema,
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

// The hand-written types and the schemas describe the same values: the compiler checks both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemasMatchTypes = [
  Assert<Same<z.infer<typeof signedDocumentSchema>, SignedDocument>>,
  Assert<Same<z.infer<typeof certificateSchema>, PublisherCertificate>>,
  Assert<Same<z.infer<typeof revocationSchema>, RevocationList>>,
  Assert<Same<z.infer<typeof manifestSchema>, PackManifest>>,
];
