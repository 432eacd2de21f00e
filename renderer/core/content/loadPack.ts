import { searchConfigHash, type SearchSource } from '../search';
import { PackError, isPackError } from './packError';
import { type PackManifest, parseManifest, PART } from './packManifest';
import { parseDocuments, parseEntriesAndTags } from './packParts';
import { verifyManifestSignature, type PackSigner } from './packSignature';
import { checkChain } from './checkChain';
import { checkPart, type PackSearchParts, uncheckedPart } from './searchParts';
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

/** What the first page needs: a verified manifest and signer, and the documents, hash-checked and parsed. */
export interface PackHead {
  manifest: PackManifest;
  signedBy: PackSigner;
  /** The highest verified revocation list of the signer's root (the pack's or a known one), to keep. */
  revocations: SignedDocument;
  documents: ContentDocument[];
  documentsById: ReadonlyMap<string, ContentDocument>;
  /**
   * The raw parts and their signed hashes, for the search worker, which checks them itself; resolves
   * once they are read (a missing part rejects with 'missing-part'). The same promise every time.
   */
  searchParts: Promise<PackSearchParts>;
  /** True when the pack's index was built with another search config and must be rebuilt locally. */
  searchIndexRebuilt: boolean;
}

/** A pack opened in two steps: the head at once, the rest (every other part checked) on demand. */
export interface OpenedPack extends PackHead {
  /** Hashes, parses and checks entries, tags and the index; once, then the same answer. */
  complete(): Promise<LoadedPack>;
}

export interface LoadedPack extends PackHead {
  entries: Entry[];
  tags: TagLabels;
  entriesById: ReadonlyMap<string, Entry>;
  /** The content and prebuilt index, for a search on this thread (the command line, tests). */
  search: SearchSource;
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
 * Verifies the signature and the chain, then the documents' size and SHA-256, and only then parses
 * them: the library's list can be shown. Every other part is read now but checked and parsed only by
 * `complete()` (or, for search, by the worker): nothing from a part is used before its hash is checked,
 * and a bad part is refused with the same PackError when it is reached. Failures throw PackError.
 */
export const openPack = async (readPart: ReadPart, options: LoadOptions): Promise<OpenedPack> => {
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

  // Every part is asked for at once, but only the documents are waited for here: a slow or missing
  // later part is reported when it is reached. Parts the required list does not name are still
  // hashed by complete().
  const read = new Map(manifest.parts.map((p) => [p.name, readRequired(readPart, p.name)]));
  // A failed read is reported by whoever awaits it: never an unhandled rejection meanwhile.
  for (const r of read.values()) r.catch(() => undefined);
  const specs = new Map(manifest.parts.map((p) => [p.name, p]));
  const unchecked = async (name: string) => uncheckedPart(specs.get(name)!, await read.get(name)!);

  const documentsPart = await unchecked(PART.documents);
  const documents = parseDocuments(await checkPart(documentsPart));
  const sameConfig = manifest.search.configHash === (await searchConfigHash());
  const searchParts = (async (): Promise<PackSearchParts> => ({
    documents: documentsPart,
    entries: await unchecked(PART.entries),
    tags: await unchecked(PART.tags),
    ...(sameConfig ? { index: await unchecked(PART.search) } : {}),
  }))();
  searchParts.catch(() => undefined);
  const head: PackHead = {
    manifest,
    signedBy,
    revocations,
    documents,
    documentsById: new Map(documents.map((d) => [d.id, d])),
    searchParts,
    searchIndexRebuilt: !sameConfig,
  };

  const finish = async (): Promise<LoadedPack> => {
    const others = manifest.parts.filter((p) => p.name !== PART.documents);
    const checked = new Map(
      await Promise.all(others.map(async (p) => [p.name, await checkPart(await unchecked(p.name))] as const)),
    );
    const part = (name: string): Uint8Array => checked.get(name) ?? new Uint8Array();
    const { entries, tags } = parseEntriesAndTags(documents, { entries: part(PART.entries), tags: part(PART.tags) });
    // The index is parsed and imported (or rebuilt, on a config mismatch or if unreadable) by the search
    // worker, off the UI thread: here it is only verified, like every part.
    return {
      ...head,
      entries,
      tags,
      entriesById: new Map(entries.map((e) => [e.id, e])),
      search: { documents, entries, ...(sameConfig ? { prebuilt: part(PART.search) } : {}) },
    };
  };
  let completed: Promise<LoadedPack> | undefined;
  return { ...head, complete: () => (completed ??= finish()) };
};

/** The whole pack, every part checked before anything is returned: imports, the compiler, tests. */
export const loadPack = async (readPart: ReadPart, options: LoadOptions): Promise<LoadedPack> =>
  (await openPack(readPart, options)).complete();
