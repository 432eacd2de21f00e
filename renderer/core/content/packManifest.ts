import { isOneOf, LANGUAGES } from '../vocabulary';
import { PackError } from './packError';
import { utf8Text } from '../text';
import { integer, list, literal, record, Shape, text } from './shapeChecks';
import type { Lang } from './types';

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

export interface ManifestPart {
  name: string;
  size: number;
  sha256: string;
}

export interface PackManifest {
  format: typeof PACK_FORMAT;
  schemaVersion: number;
  packVersion: number;
  createdAt: string;
  validAsOf: string;
  languages: Lang[];
  counts: {
    documents: number;
    entries: number;
    articles: number;
    indicators: number;
    steps: number;
    actors: number;
    aVerifier: number;
    // Verification levels and natures (issue 14); absent from earlier packs, which counted `verifie`.
    officiel?: number;
    concordant?: number;
    resume?: number;
    texte?: number;
    /** Earlier packs only: the former single "vérifié" status, whose level is unknown. */
    verifie?: number;
  };
  search: { engine: string; configVersion: number; configHash: string };
  parts: ManifestPart[];
}

const COUNTS = ['documents', 'entries', 'articles', 'indicators', 'steps', 'actors', 'aVerifier'] as const;
const OPTIONAL_COUNTS = ['officiel', 'concordant', 'resume', 'texte', 'verifie'] as const;
const count = (value: unknown, at: string): number => integer(value, at, { min: 0 });

/**
 * The manifest's shape, checked by hand (`manifestSchema` in trustSchemas.ts says the same in zod, and a
 * test holds both to the same answers). Unknown keys are left out of the result, as zod's object does.
 */
export const manifestShape = (value: unknown): PackManifest => {
  const raw = record(value, 'manifest');
  const counts = record(raw.counts, 'counts');
  const search = record(raw.search, 'search');
  const manifest: PackManifest = {
    format: literal(raw.format, 'format', PACK_FORMAT),
    schemaVersion: integer(raw.schemaVersion, 'schemaVersion', { min: 1 }),
    packVersion: integer(raw.packVersion, 'packVersion', { min: 1 }),
    createdAt: text(raw.createdAt, 'createdAt'),
    validAsOf: text(raw.validAsOf, 'validAsOf'),
    languages: list(raw.languages, 'languages', (v, at) => {
      if (!isOneOf(LANGUAGES, v)) throw new Shape(`${at}: unknown language`);
      return v;
    }),
    counts: {
      ...(Object.fromEntries(COUNTS.map((k) => [k, count(counts[k], `counts.${k}`)])) as Record<
        (typeof COUNTS)[number],
        number
      >),
      ...Object.fromEntries(
        OPTIONAL_COUNTS.filter((k) => counts[k] !== undefined).map((k) => [k, count(counts[k], `counts.${k}`)]),
      ),
    },
    search: {
      engine: text(search.engine, 'search.engine'),
      configVersion: integer(search.configVersion, 'search.configVersion'),
      configHash: text(search.configHash, 'search.configHash'),
    },
    parts: list(raw.parts, 'parts', (v, at) => {
      const part = record(v, at);
      return {
        name: text(part.name, `${at}.name`, { pattern: PART_NAME }),
        size: count(part.size, `${at}.size`),
        sha256: text(part.sha256, `${at}.sha256`, { pattern: /^[0-9a-f]{64}$/ }),
      };
    }),
  };
  return manifest;
};

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
  let manifest: PackManifest;
  try {
    manifest = manifestShape(raw);
  } catch (error) {
    if (error instanceof Shape) throw new PackError('malformed', PART.manifest, error.message);
    throw error;
  }
  const names = new Set<string>();
  for (const p of manifest.parts) {
    if (names.has(p.name) || p.name === PART.manifest || p.name === PART.signature) {
      throw new PackError('malformed', PART.manifest, `part listed twice or reserved: ${p.name}`);
    }
    names.add(p.name);
  }
  for (const required of REQUIRED_PARTS) {
    if (!names.has(required)) throw new PackError('malformed', PART.manifest, `manifest lacks ${required}`);
  }
  return manifest;
};
