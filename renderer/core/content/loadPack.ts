import type { SearchSource } from '../search';
import { PackError, isPackError } from './packError';
import { type PackManifest, parseManifest, PART } from './packManifest';
import { verifyManifestSignature, type PackSigner } from './signatureCheck';
import { checkChain } from './checkChain';
import { checkListMatches, listedDocument, type ListedDocument, parseListPart } from './listPart';
import { checkPart, type PackSearchParts, uncheckedPart } from './searchParts';
import type { Scenario } from './scenarioPart';
import type { SignedDocument } from './signedDocumentCheck';
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
}

/** A pack opened in two steps: the head at once, the rest (every other part checked) on demand. */
export interface OpenedPack extends PackHead {
  /** Hashes, parses and checks documents, entries, tags and the index; once, then the same answer. */
  complete(): Promise<LoadedPack>;
}

export interface LoadedPack extends PackHead {
  /** True when the pack's index was built with another search config and must be rebuilt locally. */
  searchIndexRebuilt: boolean;
  documents: ContentDocument[];
  documentsById: ReadonlyMap<string, ContentDocument>;
  entries: Entry[];
  tags: TagLabels;
  entriesById: ReadonlyMap<string, Entry>;
  /** The content and prebuilt index, for a search on this thread (the command line, tests). */
  search: SearchSource;
  /** Training scenarios (issue 23): none in a pack made before them. Never indexed for search. */
  scenarios: Scenario[];
  /** The scenario part's checked bytes, carried unchanged into a pack published from this one (packDelta.ts). */
  scenariosPart?: Uint8Array;
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
  // The zod schemas of documents, entries and tags (packParts.ts), and the search configuration's hash,
  // are loaded when first needed, after the list is drawn: they are not start-up code (issue 17, point 8).
  let parsedDocuments: Promise<ContentDocument[]> | undefined;
  const documents = () =>
    (parsedDocuments ??= Promise.all([unchecked(PART.documents).then(checkPart), import('./packParts')]).then(
      ([bytes, { parseDocuments }]) => parseDocuments(bytes),
    ));
  let configMatches: Promise<boolean> | undefined;
  const sameConfig = () =>
    (configMatches ??= import('../search').then(
      async ({ searchConfigHash }) => manifest.search.configHash === (await searchConfigHash()),
    ));

  const hasList = specs.has(PART.list);
  const list = hasList
    ? parseListPart(await checkPart(await unchecked(PART.list)))
    : (await documents()).map(listedDocument);
  let searchParts: Promise<PackSearchParts> | undefined;
  const head: PackHead = {
    manifest,
    manifestSha256: await sha256Hex(manifestBytes),
    signedBy,
    revocations,
    list,
    searchParts: () => {
      searchParts ??= (async (): Promise<PackSearchParts> => {
        const same = await sameConfig();
        const [documentsPart, entries, tags, index] = await Promise.all([
          unchecked(PART.documents),
          unchecked(PART.entries),
          unchecked(PART.tags),
          same ? unchecked(PART.search) : undefined,
        ]);
        return { documents: documentsPart, entries, tags, ...(index ? { index } : {}) };
      })();
      searchParts.catch(() => undefined);
      return searchParts;
    },
  };

  const finish = async (): Promise<LoadedPack> => {
    const others = manifest.parts.filter((p) => p.name !== PART.documents && p.name !== PART.list);
    const [docs, checked, same, { parseEntriesAndTags }] = await Promise.all([
      documents(),
      Promise.all(others.map(async (p) => [p.name, await checkPart(await unchecked(p.name))] as const)),
      sameConfig(),
      import('./packParts'),
    ]);
    if (hasList) checkListMatches(list, docs);
    const byName = new Map(checked);
    const part = (name: string): Uint8Array => byName.get(name) ?? new Uint8Array();
    const { entries, tags } = parseEntriesAndTags(docs, { entries: part(PART.entries), tags: part(PART.tags) });
    const entriesById = new Map(entries.map((e) => [e.id, e]));
    // The index is parsed and imported (or rebuilt, on a config mismatch or if unreadable) by the search
    // worker, off the UI thread: here it is only verified, like every part.
    return {
      ...head,
      documents: docs,
      documentsById: new Map(docs.map((d) => [d.id, d])),
      entries,
      tags,
      entriesById,
      searchIndexRebuilt: !same,
      search: { documents: docs, entries, ...(same ? { prebuilt: part(PART.search) } : {}) },
      // zod comes with the scenario part's check, after the list (firstPageBundle.test.ts).
      ...(byName.has(PART.scenarios) ? { scenariosPart: part(PART.scenarios) } : {}),
      scenarios: byName.has(PART.scenarios)
        ? (await import('./scenarioPart')).parseScenarioPart(part(PART.scenarios), new Set(entriesById.keys()))
        : [],
    };
  };
  let completed: Promise<LoadedPack> | undefined;
  return { ...head, complete: () => (completed ??= finish()) };
};

/** The whole pack, every part checked before anything is returned: imports, the compiler, tests. */
export const loadPack = async (readPart: ReadPart, options: LoadOptions): Promise<LoadedPack> =>
  (await openPack(readPart, options)).complete();
