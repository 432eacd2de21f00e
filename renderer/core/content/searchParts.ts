import type { SearchSource } from '../search';
import { sha256Hex } from '../text';
import { PackError } from './packError';
import type { ManifestPart } from './packManifest';

/** A part's bytes as read, with the size and SHA-256 the signed manifest gives for it. */
export interface UncheckedPart {
  name: string;
  bytes: Uint8Array;
  size: number;
  sha256: string;
}

/**
 * What the search worker needs from a pack whose signature has been verified: raw bytes and their
 * signed hashes, not parsed objects. Copying bytes to the worker is a memory copy; copying the parsed
 * texts and index was a structured clone of megabytes of objects on the UI thread (issue 17, point 8).
 */
export interface PackSearchParts {
  documents: UncheckedPart;
  entries: UncheckedPart;
  tags: UncheckedPart;
  /** Absent when the pack's index was built with another search configuration: it is rebuilt. */
  index?: UncheckedPart;
}

export const uncheckedPart = (spec: ManifestPart, bytes: Uint8Array): UncheckedPart => ({
  name: spec.name,
  bytes,
  size: spec.size,
  sha256: spec.sha256,
});

/** Throws 'hash-mismatch' unless the bytes are exactly those the signed manifest names. */
export const checkPart = async (part: UncheckedPart): Promise<Uint8Array> => {
  if (part.bytes.length !== part.size || (await sha256Hex(part.bytes)) !== part.sha256) {
    throw new PackError('hash-mismatch', part.name);
  }
  return part.bytes;
};

/**
 * The search worker's side: every part's hash first, then the same parse and checks as the UI thread,
 * so nothing from a changed part is ever indexed. Throws the same PackError the UI would show.
 */
export const readSearchParts = async (parts: PackSearchParts): Promise<SearchSource> => {
  // The zod schemas (packParts.ts) are loaded here, where the parts are parsed: not at start-up.
  const [documentsBytes, entries, tags, index, { parseDocuments, parseEntriesAndTags }] = await Promise.all([
    checkPart(parts.documents),
    checkPart(parts.entries),
    checkPart(parts.tags),
    parts.index ? checkPart(parts.index) : undefined,
    import('./packParts'),
  ]);
  const documents = parseDocuments(documentsBytes);
  const rest = parseEntriesAndTags(documents, { entries, tags });
  return { documents, entries: rest.entries, ...(index ? { prebuilt: index } : {}) };
};
