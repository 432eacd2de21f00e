import { sha256Hex, utf8Bytes } from '../text';
import { buildSearchIndex, exportSearchIndex, SEARCH_CONFIG, searchConfigHash } from '../search';
import { LANGUAGES } from '../vocabulary';
import { listedDocument } from './listPart';
import { PACK_FORMAT, PACK_SCHEMA_VERSION, PART, type PackManifest } from './packManifest';
import { serializeSignature, type PackSignature } from './packSignature';
import type { ContentDocument, Entry, TagLabels } from './types';

// The model → the named parts of a signed pack. One function for the content compiler
// (build/content/buildPack.ts, signing with a key file) and for the workshop (issue 20, signing in
// the app with a passphrase-protected key): the same content, version, date and key give the same
// bytes whichever builds them. Pure apart from the signature, which the caller supplies.

export interface PackContent {
  documents: ContentDocument[];
  entries: Entry[];
  tags: TagLabels;
}

export interface AssembledPack {
  manifest: PackManifest;
  /** In container order: manifest, signature, then the content parts. */
  parts: [string, Uint8Array][];
}

/** Signs the manifest's exact bytes (packSignature.ts builds the signature document). */
export type SignManifest = (manifestBytes: Uint8Array) => PackSignature | Promise<PackSignature>;

const json = (value: unknown): Uint8Array => utf8Bytes(JSON.stringify(value));

export const packManifestBytes = (manifest: PackManifest): Uint8Array =>
  utf8Bytes(`${JSON.stringify(manifest, null, 2)}\n`);

/**
 * The content parts, in manifest order. The delta importer (packDelta.ts) rebuilds a pack's parts with
 * this same function, which is why a delta can be checked against the full pack's signed hashes.
 * The search index is the slow step (about a second for the bundled library on an old laptop).
 */
export const contentParts = ({ documents, entries, tags }: PackContent): [string, Uint8Array][] => [
  // The library's list first: the only part the first page reads (listPart.ts).
  [PART.list, json(documents.map(listedDocument))],
  [PART.documents, json(documents)],
  [PART.entries, json(entries)],
  [PART.tags, json(tags)],
  [PART.search, json(exportSearchIndex(buildSearchIndex(documents, entries)))],
];

export const assemblePack = async (
  content: PackContent,
  options: { packVersion: number; createdAt: string },
  sign: SignManifest,
): Promise<AssembledPack> => {
  const { documents, entries } = content;
  const parts = contentParts(content);
  const countKind = (kind: string): number => entries.filter((e) => e.kind === kind).length;
  const languages = LANGUAGES.filter((l) => documents.some((d) => d.languages.includes(l)));
  // The pack is only as current as its least recently checked document.
  const validAsOf = documents.map((d) => d.validAsOf).sort()[0] ?? options.createdAt.slice(0, 10);
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    // Schema 2 only when needed: a pack without official texts or versions stays readable by older apps.
    schemaVersion: entries.some((e) => e.official || e.versions || e.inForce) ? PACK_SCHEMA_VERSION : 1,
    packVersion: options.packVersion,
    createdAt: options.createdAt,
    validAsOf,
    languages: languages.length > 0 ? languages : ['fr'],
    counts: {
      documents: documents.length,
      entries: entries.length,
      articles: countKind('article'),
      indicators: countKind('indicator'),
      steps: countKind('step'),
      actors: countKind('actor'),
      aVerifier: entries.filter((e) => e.verification.status === 'a-verifier').length,
      officiel: entries.filter((e) => e.verification.status === 'officiel').length,
      concordant: entries.filter((e) => e.verification.status === 'concordant').length,
      resume: entries.filter((e) => e.nature === 'resume').length,
      texte: entries.filter((e) => e.nature === 'texte').length,
    },
    search: { engine: SEARCH_CONFIG.engine, configVersion: SEARCH_CONFIG.version, configHash: await searchConfigHash() },
    parts: await Promise.all(
      parts.map(async ([name, bytes]) => ({ name, size: bytes.length, sha256: await sha256Hex(bytes) })),
    ),
  };
  const manifestBytes = packManifestBytes(manifest);
  const signature = await sign(manifestBytes);
  return {
    manifest,
    parts: [[PART.manifest, manifestBytes], [PART.signature, serializeSignature(signature)], ...parts],
  };
};
