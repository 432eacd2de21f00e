import { z } from 'zod';
import { LANGUAGES } from '../vocabulary';
import { PackError } from './packError';
import { utf8Text } from '../text';

// The pack is a set of named parts; manifest.json lists every other part with its SHA-256, and
// manifest.sig signs the manifest's exact bytes. Nothing is trusted before both check out.

export const PACK_FORMAT = 'dalili-content-pack';
/**
 * Bump when the shape of the parts changes in a way an older app cannot read. The app reads every
 * schema up to this one. 2 (issue 20): entries may carry an official text and versions in time; a pack
 * that uses neither is still written as 1, so older apps keep reading it.
 */
export const PACK_SCHEMA_VERSION = 2;

export const PART = {
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  documents: 'documents.json',
  entries: 'entries.json',
  tags: 'tags.json',
  search: 'search-index.json',
  /** The library's list (listPart.ts). Optional: packs made before it show their list from documents.json. */
  list: 'list.json',
  /** Training scenarios (scenarioPart.ts, issue 23). Optional: packs made before them have none. */
  scenarios: 'scenarios.json',
} as const;

/** Parts every pack of this schema version must list in its manifest. */
export const REQUIRED_PARTS: readonly string[] = [PART.documents, PART.entries, PART.tags, PART.search];

const PART_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const countSchema = z.number().int().nonnegative();

const manifestSchema = z.object({
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

export type PackManifest = z.infer<typeof manifestSchema>;
export type ManifestPart = PackManifest['parts'][number];

const parseJson = (bytes: Uint8Array, part: string): unknown => {
  try {
    return JSON.parse(utf8Text(bytes));
  } catch {
    throw new PackError('malformed', part, 'not UTF-8 JSON');
  }
};

export const parseJsonPart = parseJson;

/** Checks the format and schema version first so a newer pack is reported as such, not as malformed. */
export const parseManifest = (bytes: Uint8Array): PackManifest => {
  const raw = parseJson(bytes, PART.manifest);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== PACK_FORMAT) {
    throw new PackError('malformed', PART.manifest, 'not a Dalili content pack manifest');
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > PACK_SCHEMA_VERSION) {
    throw new PackError('schema-unsupported', PART.manifest, `schema ${version}, expected ${PACK_SCHEMA_VERSION}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new PackError('malformed', PART.manifest, parsed.error.issues[0]?.message);
  const names = new Set<string>();
  for (const p of parsed.data.parts) {
    if (names.has(p.name) || p.name === PART.manifest || p.name === PART.signature) {
      throw new PackError('malformed', PART.manifest, `part listed twice or reserved: ${p.name}`);
    }
    names.add(p.name);
  }
  for (const required of REQUIRED_PARTS) {
    if (!names.has(required)) throw new PackError('malformed', PART.manifest, `manifest lacks ${required}`);
  }
  return parsed.data;
};
