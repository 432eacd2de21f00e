import { sha256Hex, utf8Bytes } from '../../renderer/core/text';
import { listedDocument } from '../../renderer/core/content/listPart';
import { PACK_FORMAT, PACK_SCHEMA_VERSION, PART } from '../../renderer/core/content/packManifest';
import type { PackManifest } from '../../renderer/core/content/packManifest';
import { serializeSignature, signManifest, type PackSignerKeys } from '../../renderer/core/content/packSignature';
import { SEARCH_CONFIG } from '../../renderer/core/search/searchConfig';
import { buildSearchIndex, exportSearchIndex, searchConfigHash } from '../../renderer/core/search/searchIndex';
import type { CompiledContent } from './compileContent';
import { LANGUAGES } from '../../renderer/core/vocabulary';

// Compiled content → the named parts of a signed pack. Pure apart from the clock value passed in:
// the same content, version and key always give the same bytes except for createdAt.

/** A publisher key with its root-signed certificate and the root's current revocation list. */
export interface SigningKey extends PackSignerKeys {
  keyId: string;
  dev: boolean;
}

export interface PackBuildOptions {
  packVersion: number;
  createdAt: string;
  key: SigningKey;
}

export interface BuiltPack {
  manifest: PackManifest;
  /** In container order: manifest, signature, then the content parts. */
  parts: [string, Uint8Array][];
}

const json = (value: unknown): Uint8Array => utf8Bytes(JSON.stringify(value));

export const packManifestBytes = (manifest: PackManifest): Uint8Array => utf8Bytes(`${JSON.stringify(manifest, null, 2)}\n`);

export const buildPack = async (
  content: Pick<CompiledContent, 'documents' | 'entries' | 'tags'> & Partial<CompiledContent>,
  options: PackBuildOptions): Promise<BuiltPack> => {
  const { documents, entries, tags } = content;
  const search = exportSearchIndex(buildSearchIndex(documents, entries));
  const contentParts: [string, Uint8Array][] = [
    // The library's list first: the only part the first page reads (listPart.ts).
    [PART.list, json(documents.map(listedDocument))],
    [PART.documents, json(documents)],
    [PART.entries, json(entries)],
    [PART.tags, json(tags)],
    [PART.search, json(search)],
    // Training scenarios (issue 23): a part of their own, so they never reach the library or the index.
    ...(content.scenarios && content.scenarios.length > 0 ? [[PART.scenarios, json(content.scenarios)] as [string, Uint8Array]] : []),
  ];
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
      contentParts.map(async ([name, bytes]) => ({ name, size: bytes.length, sha256: await sha256Hex(bytes) })),
    ),
  };
  const manifestBytes = packManifestBytes(manifest);
  const signature = signManifest(manifestBytes, options.key);
  return {
    manifest,
    parts: [[PART.manifest, manifestBytes], [PART.signature, serializeSignature(signature)], ...contentParts],
  };
};
