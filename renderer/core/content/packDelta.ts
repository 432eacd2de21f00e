import { z } from 'zod';
import { searchConfigHash } from '../search';
import { utf8Bytes } from '../text';
import { contentParts, type AssembledPack, type PackContent } from './assemblePack';
import { loadPack, type LoadedPack, type LoadOptions } from './loadPack';
import { PackError } from './packError';
import { readPackContainer, writePackFile } from './packFile';
import { PART, parseJsonPart, parseManifest } from './packManifest';
import type { ContentDocument, Entry, TagLabels } from './types';

// A delta (.dalili-delta, issue 20): the new pack's signed manifest and signature, and only what
// changed: per changed document its entry order and the new or changed entries (and its own fields
// when they changed). The importer rebuilds the new pack's full parts
// from the pack in use plus the delta, with the same function that built them (assemblePack.ts), and
// then checks them exactly as a full pack: signature, chain, versions, then the size and SHA-256 of
// every part against the new signed manifest. delta.json itself is not signed and needs not be: a
// changed byte in it gives a rebuilt part whose hash the signed manifest refuses.
// Same container as a .dalili-pack (packFile.ts), with exactly three parts.

export const DELTA_PART = 'delta.json';
export const DELTA_FILE_EXTENSION = '.dalili-delta';
const DELTA_FORMAT = 'dalili-content-delta';

export interface PackDelta {
  format: typeof DELTA_FORMAT;
  version: 1;
  /** The pack this delta applies to: its version and the SHA-256 of its manifest.json as signed. */
  base: { packVersion: number; manifestSha256: string };
  /** Every document id of the new pack, in its order. */
  documentOrder: string[];
  /**
   * Each added or changed document: its id, its own fields whole when they are new or changed, every
   * entry id in order, and only the entries that are new or changed (the others are the base's).
   */
  changed: DeltaDocument[];
  /** The tag labels, only when they changed. */
  tags?: TagLabels;
}

export interface DeltaDocument {
  id: string;
  document?: ContentDocument;
  entryOrder: string[];
  entries: Entry[];
}

const id = z.string().min(1).max(200);
// Only what applying the delta reads is checked here; the rest is checked by loadPack after the hashes.
const deltaSchema = z.strictObject({
  format: z.literal(DELTA_FORMAT),
  version: z.literal(1),
  base: z.strictObject({
    packVersion: z.number().int().positive(),
    manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  documentOrder: z.array(id).max(100_000),
  changed: z
    .array(
      z.strictObject({
        id,
        document: z.looseObject({ id }).optional(),
        entryOrder: z.array(id).max(100_000),
        entries: z.array(z.looseObject({ id })).max(100_000),
      }),
    )
    .max(100_000),
  tags: z.record(z.string(), z.unknown()).optional(),
});

/** The base a delta is made against: the pack in use, as the app holds it. */
export type DeltaBase = PackContent & { manifestSha256: string; manifest: { packVersion: number } };

const byDocument = (entries: readonly Entry[]): Map<string, Entry[]> => {
  const map = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = map.get(entry.docId);
    if (list) list.push(entry);
    else map.set(entry.docId, [entry]);
  }
  return map;
};

/** Documents whose own fields or any of whose entries differ from the base: only what differs travels. */
export const makeDelta = (base: DeltaBase, next: PackContent): PackDelta => {
  const baseDocs = new Map(base.documents.map((d) => [d.id, JSON.stringify(d)]));
  const baseEntries = new Map(base.entries.map((e) => [e.id, JSON.stringify(e)]));
  const baseOrder = byDocument(base.entries);
  const nextEntries = byDocument(next.entries);
  const changed: DeltaDocument[] = [];
  for (const document of next.documents) {
    const entries = nextEntries.get(document.id) ?? [];
    const entryOrder = entries.map((e) => e.id);
    const ownChanged = baseDocs.get(document.id) !== JSON.stringify(document);
    const newEntries = entries.filter((e) => baseEntries.get(e.id) !== JSON.stringify(e));
    const sameOrder = JSON.stringify((baseOrder.get(document.id) ?? []).map((e) => e.id)) === JSON.stringify(entryOrder);
    if (!ownChanged && newEntries.length === 0 && sameOrder) continue;
    changed.push({ id: document.id, ...(ownChanged ? { document } : {}), entryOrder, entries: newEntries });
  }
  const tagsChanged = JSON.stringify(base.tags) !== JSON.stringify(next.tags);
  return {
    format: DELTA_FORMAT,
    version: 1,
    base: { packVersion: base.manifest.packVersion, manifestSha256: base.manifestSha256 },
    documentOrder: next.documents.map((d) => d.id),
    changed,
    ...(tagsChanged ? { tags: next.tags } : {}),
  };
};

/**
 * Base + delta → the new pack's content: documents in the delta's order (its own fields from the delta
 * when it carries them, else the base's), each changed document's entries in its `entryOrder` (from the
 * delta when it carries them, else the base's), the other documents' entries as in the base. Throws
 * 'malformed' when the delta names a document or an entry that is neither in it nor in the base, or
 * names one twice.
 */
export const applyDelta = (base: PackContent, delta: PackDelta): PackContent => {
  const malformed = (why: string) => new PackError('malformed', DELTA_PART, why);
  const changed = new Map<string, DeltaDocument>();
  for (const c of delta.changed) {
    if (changed.has(c.id) || (c.document && c.document.id !== c.id)) throw malformed('document listed twice or misnamed');
    changed.set(c.id, c);
  }
  const order = new Set(delta.documentOrder);
  if (order.size !== delta.documentOrder.length) throw malformed('document order lists a document twice');
  if ([...changed.keys()].some((docId) => !order.has(docId))) throw malformed('changed document not in the order');
  const baseDocs = new Map(base.documents.map((d) => [d.id, d]));
  const baseEntries = new Map(base.entries.map((e) => [e.id, e]));
  const baseByDocument = byDocument(base.entries);
  const documents = delta.documentOrder.map((docId) => {
    const document = changed.get(docId)?.document ?? baseDocs.get(docId);
    if (!document) throw malformed('unknown document');
    return document;
  });
  const entries = delta.documentOrder.flatMap((docId) => {
    const c = changed.get(docId);
    if (!c) return baseByDocument.get(docId) ?? [];
    const carried = new Map(c.entries.map((e) => [e.id, e]));
    if (new Set(c.entryOrder).size !== c.entryOrder.length || carried.size !== c.entries.length) {
      throw malformed('entry listed twice');
    }
    return c.entryOrder.map((entryId) => {
      const entry = carried.get(entryId) ?? baseEntries.get(entryId);
      if (!entry) throw malformed('unknown entry');
      return entry;
    });
  });
  return { documents, entries, tags: delta.tags ?? base.tags };
};

const json = (value: unknown): Uint8Array => utf8Bytes(JSON.stringify(value));

/** The .dalili-delta file: the new pack's manifest and signature, then delta.json. */
export const writeDeltaFile = (pack: AssembledPack, delta: PackDelta): Uint8Array => {
  const [manifest, signature] = pack.parts;
  if (manifest?.[0] !== PART.manifest || signature?.[0] !== PART.signature) throw new Error('not an assembled pack');
  return writePackFile([manifest, signature, [DELTA_PART, json(delta)]]);
};

/** True when the bytes are a container holding a delta part (anything else goes the full-pack way). */
export const isDeltaFile = (bytes: Uint8Array): boolean => {
  try {
    return readPackContainer(bytes).has(DELTA_PART);
  } catch {
    return false;
  }
};

/** The steps of a delta import, for the progress shown while the full parts are rebuilt and checked. */
export type DeltaStep = 'signature' | 'rebuild' | 'index' | 'check';
export const DELTA_STEPS: readonly DeltaStep[] = ['signature', 'rebuild', 'index', 'check'];

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface OpenedDelta {
  pack: LoadedPack;
  /** The full .dalili-pack rebuilt from base + delta, verified: what the app stores as the imported pack. */
  packFile: Uint8Array;
  baseVersion: number;
}

/**
 * Verifies a delta against the pack in use and returns the new pack whole. In order: the container
 * (limits, truncation), delta.json's shape, the base it names (before any signature is checked: a
 * delta on another base is refused as 'wrong-base'), then loadPack on the rebuilt parts: signature,
 * chain, version bounds, every part's size and hash, every part's shape. Nothing is kept on failure.
 */
export const openDeltaFile = async (
  bytes: Uint8Array,
  base: LoadedPack,
  options: LoadOptions & { onProgress?: (step: DeltaStep) => void },
): Promise<OpenedDelta> => {
  const container = readPackContainer(bytes);
  const names = [...container.keys()];
  if (names.length !== 3 || ![PART.manifest, PART.signature, DELTA_PART].every((n) => container.has(n))) {
    throw new PackError('malformed', undefined, 'a delta holds exactly a manifest, a signature and delta.json');
  }
  const raw = parseJsonPart(container.get(DELTA_PART)!, DELTA_PART);
  const parsed = deltaSchema.safeParse(raw);
  if (!parsed.success) throw new PackError('malformed', DELTA_PART, parsed.error.issues[0]?.message);
  // The raw JSON, not zod's copy: the rebuilt parts must keep every key in its order to hash the same.
  const delta = raw as PackDelta;
  if (delta.base.manifestSha256 !== base.manifestSha256 || delta.base.packVersion !== base.manifest.packVersion) {
    throw new PackError('wrong-base', DELTA_PART);
  }
  const progress = options.onProgress ?? (() => undefined);
  progress('signature');

  let rebuilt: Promise<Map<string, Uint8Array>> | undefined;
  const rebuild = async (): Promise<Map<string, Uint8Array>> => {
    // Reached only once openPack has checked the signature and the chain of the new manifest.
    const manifest = parseManifest(container.get(PART.manifest)!);
    if (manifest.search.configHash !== (await searchConfigHash())) throw new PackError('delta-unsupported', DELTA_PART);
    progress('rebuild');
    await nextTask();
    const content = applyDelta(base, delta);
    progress('index');
    await nextTask();
    const parts = new Map(contentParts(content));
    progress('check');
    await nextTask();
    return parts;
  };
  const readPart = async (name: string): Promise<Uint8Array | undefined> => {
    if (name === PART.manifest || name === PART.signature) return container.get(name);
    rebuilt ??= rebuild();
    return (await rebuilt).get(name);
  };
  const pack = await loadPack(readPart, options);
  const parts = await (rebuilt ??= rebuild());
  const packFile = writePackFile([
    [PART.manifest, container.get(PART.manifest)!],
    [PART.signature, container.get(PART.signature)!],
    ...pack.manifest.parts.map((p) => [p.name, parts.get(p.name)!] as const),
  ]);
  return { pack, packFile, baseVersion: base.manifest.packVersion };
};
