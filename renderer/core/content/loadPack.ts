import { searchConfigHash, type SearchSource } from '../search';
import { PackError, isPackError } from './packError';
import { type PackManifest, parseManifest, PART } from './packManifest';
import { parseDocuments, parseEntriesAndTags } from './packParts';
import { verifyManifestSignature, type PackSigner } from './packSignature';
import { checkChain } from './checkChain';
import { checkListMatches, listedDocument, type ListedDocument, parseListPart } from './listPart';
import { checkPart, type PackSearchParts, uncheckedPart } from './searchParts';
import type { SignedDocument } from './signedDocument';
import { sha256Hex } from '../text';
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

/** What the first page needs: a verified manifest and signer, and the library's list, hash-checked and parsed. */
export interface PackHead {
  manifest: PackManifest;
  /** SHA-256 (hex) of manifest.json as signed: what a delta names as its base (packDelta.ts, issue 20). */
  manifestSha256: string;
  signedBy: PackSigner;
  /** The highest verified revocation list of the signer's root (the pack's or a known one), to keep. */
  revocations: SignedDocument;
  /** The library's list: the signed list part, or documents.json in packs made before it (listPart.ts). */
  list: readonly ListedDocument[];
  /**
   * The raw parts and their signed hashes, for the search worker, which checks them itself. They are
   * asked for at the first call (after the first page is drawn), then the same promise every time; a
   * missing part rejects with 'missing-part'.
   */
  searchParts: () => Promise<PackSearchParts>;
  /** True when the pack's index was built with another search config and must be rebuilt locally. */
  searchIndexRebuilt: boolean;
}

/** A pack opened in two steps: the head at once, the rest (every other part checked) on demand. */
export interface OpenedPack extends PackHead {
  /** Hashes, parses and checks documents, entries, tags and the index; once, then the same answer. */
  complete(): Promise<LoadedPack>;
}

export interface LoadedPack extends PackHead {
  documents: ContentDocument[];
  documentsById: ReadonlyMap<string, ContentDocument>;
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
 * Verifies the signature and the chain, then the list part's size and SHA-256, and only then parses it:
 * the library's list can be shown. No other part is asked for before `searchParts()` or `complete()`
 * (the first page is drawn by then); each is hash-checked before it is parsed, so nothing from a part
 * is used before its hash is checked, and a bad part is refused with the same PackError when it is
 * reached. A pack made before the list part shows its list from documents.json, checked the same way.
 * Failures throw PackError.
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

  // Each part is read once, when first needed; a failed read is reported by whoever awaits it.
  const specs = new Map(manifest.parts.map((p) => [p.name, p]));
  const reads = new Map<string, Promise<Uint8Array>>();
  const read = (name: string): Promise<Uint8Array> => {
    let bytes = reads.get(name);
    if (!bytes) {
      bytes = readRequired(readPart, name);
      bytes.catch(() => undefined);
      reads.set(name, bytes);
    }
    return bytes;
  };
  const unchecked = async (name: string) => uncheckedPart(specs.get(name)!, await read(name));
  let parsedDocuments: Promise<ContentDocument[]> | undefined;
  const documents = () => (parsedDocuments ??= unchecked(PART.documents).then(checkPart).then(parseDocuments));

  const hasList = specs.has(PART.list);
  const list = hasList
    ? parseListPart(await checkPart(await unchecked(PART.list)))
    : (await documents()).map(listedDocument);
  const sameConfig = manifest.search.configHash === (await searchConfigHash());
  let searchParts: Promise<PackSearchParts> | undefined;
  const head: PackHead = {
    manifest,
    manifestSha256: await sha256Hex(manifestBytes),
    signedBy,
    revocations,
    list,
    searchParts: () => {
      searchParts ??= (async (): Promise<PackSearchParts> => {
        const [documentsPart, entries, tags, index] = await Promise.all([
          unchecked(PART.documents),
          unchecked(PART.entries),
          unchecked(PART.tags),
          sameConfig ? unchecked(PART.search) : undefined,
        ]);
        return { documents: documentsPart, entries, tags, ...(index ? { index } : {}) };
      })();
      searchParts.catch(() => undefined);
      return searchParts;
    },
    searchIndexRebuilt: !sameConfig,
  };

  const finish = async (): Promise<LoadedPack> => {
    const others = manifest.parts.filter((p) => p.name !== PART.documents && p.name !== PART.list);
    const [docs, checked] = await Promise.all([
      documents(),
      Promise.all(others.map(async (p) => [p.name, await checkPart(await unchecked(p.name))] as const)),
    ]);
    if (hasList) checkListMatches(list, docs);
    const byName = new Map(checked);
    const part = (name: string): Uint8Array => byName.get(name) ?? new Uint8Array();
    const { entries, tags } = parseEntriesAndTags(docs, { entries: part(PART.entries), tags: part(PART.tags) });
    // The index is parsed and imported (or rebuilt, on a config mismatch or if unreadable) by the search
    // worker, off the UI thread: here it is only verified, like every part.
    return {
      ...head,
      documents: docs,
      documentsById: new Map(docs.map((d) => [d.id, d])),
      entries,
      tags,
      entriesById: new Map(entries.map((e) => [e.id, e])),
      search: { documents: docs, entries, ...(sameConfig ? { prebuilt: part(PART.search) } : {}) },
    };
  };
  let completed: Promise<LoadedPack> | undefined;
  return { ...head, complete: () => (completed ??= finish()) };
};

/** The whole pack, every part checked before anything is returned: imports, the compiler, tests. */
export const loadPack = async (readPart: ReadPart, options: LoadOptions): Promise<LoadedPack> =>
  (await openPack(readPart, options)).complete();
