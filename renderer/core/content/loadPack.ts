import { searchConfigHash, type SearchSource } from '../search';
import { sha256Hex } from '../text';
import { PackError, isPackError } from './packError';
import { type PackManifest, parseManifest, PART } from './packManifest';
import { parsePackContent } from './packParts';
import { verifyManifestSignature, type PackSigner } from './packSignature';
import { checkChain } from './checkChain';
import type { SignedDocument } from './signedDocument';
import type { TrustedKey } from './trustedKeys';
import type { ContentDocument, Entry, TagLabels } from './types';

/** Reads one part by name; resolves undefined (or throws) when the part does not exist. */
export type ReadPart = (name: string) => Promise<Uint8Array | undefined>;

export interface LoadOptions {
  /** Root keys: a pack's publisher certificate must be signed by one of them. */
  trustedKeys: readonly TrustedKey[];
  /** Accept packs certified by a `dev: true` root (whose secret is public). See trustedKeys.ts. */
  allowDevKeys: boolean;
  /** Refuse packs whose packVersion is lower, with 'older-version'. */
  minPackVersion?: number;
  /** Refuse packs whose packVersion is higher, with 'version-jump' (see versionPolicy.ts). */
  maxPackVersion?: number;
  /** Revocation lists seen before (signed; re-verified here): per root, the highest number applies. */
  knownRevocations?: readonly SignedDocument[];
}

export interface LoadedPack {
  manifest: PackManifest;
  signedBy: PackSigner;
  /** The highest verified revocation list of the signer's root (the pack's or a known one), to keep. */
  revocations: SignedDocument;
  documents: ContentDocument[];
  entries: Entry[];
  tags: TagLabels;
  documentsById: ReadonlyMap<string, ContentDocument>;
  entriesById: ReadonlyMap<string, Entry>;
  /** The content and prebuilt index, for the search worker. */
  search: SearchSource;
  /** True when the pack's index was built with another search config and must be rebuilt locally. */
  searchIndexRebuilt: boolean;
}

const readRequired = async (readPart: ReadPart, name: string): Promise<Uint8Array> => {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readPart(name);
  } catch (error) {
    if (isPackError(error)) throw error;
    throw new PackError('missing-part', name);
  }
  if (!bytes) throw new PackError('missing-part', name);
  return bytes;
};

/**
 * Verifies the signature, then every part's size and SHA-256, and only then parses them. Nothing is
 * returned unless all of it checks out; any failure throws a PackError.
 */
export const loadPack = async (readPart: ReadPart, options: LoadOptions): Promise<LoadedPack> => {
  const [manifestBytes, signatureBytes] = await Promise.all([
    readRequired(readPart, PART.manifest),
    readRequired(readPart, PART.signature),
  ]);
  const verified = await verifyManifestSignature(manifestBytes, signatureBytes, options.trustedKeys, options.allowDevKeys);
  const manifest = parseManifest(manifestBytes);
  const { signedBy, revocations } = await checkChain(verified, manifest.createdAt, options.knownRevocations ?? []);
  if (options.minPackVersion !== undefined && manifest.packVersion < options.minPackVersion) {
    throw new PackError('older-version', PART.manifest, `${manifest.packVersion} < ${options.minPackVersion}`);
  }
  if (options.maxPackVersion !== undefined && manifest.packVersion > options.maxPackVersion) {
    throw new PackError('version-jump', PART.manifest, `${manifest.packVersion} > ${options.maxPackVersion}`);
  }

  const parts = new Map<string, Uint8Array>();
  await Promise.all(
    manifest.parts.map(async (p) => {
      const bytes = await readRequired(readPart, p.name);
      if (bytes.length !== p.size || (await sha256Hex(bytes)) !== p.sha256) throw new PackError('hash-mismatch', p.name);
      parts.set(p.name, bytes);
    }),
  );
  const part = (name: string): Uint8Array => parts.get(name) ?? new Uint8Array();

  const content = parsePackContent({
    documents: part(PART.documents),
    entries: part(PART.entries),
    tags: part(PART.tags),
  });
  const sameConfig = manifest.search.configHash === (await searchConfigHash());
  // The index is parsed and imported (or rebuilt, on a config mismatch or if unreadable) by the search
  // worker, off the UI thread: here it is only verified, like every part.
  const search: SearchSource = {
    documents: content.documents,
    entries: content.entries,
    ...(sameConfig ? { prebuilt: part(PART.search) } : {}),
  };
  return {
    manifest,
    signedBy,
    revocations,
    ...content,
    documentsById: new Map(content.documents.map((d) => [d.id, d])),
    entriesById: new Map(content.entries.map((e) => [e.id, e])),
    search,
    searchIndexRebuilt: !sameConfig,
  };
};
