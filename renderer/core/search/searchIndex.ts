import type { ContentDocument, Entry } from '../content';
import {
  buildCorpusIndex,
  exportCorpusIndex,
  importCorpusIndex,
  parseSearchExport,
  type SearchExport,
} from './corpusIndex';
import { sha256Hex } from '../text';
import { searchConfigJson } from './searchConfig';
import { createSearchEngine, runSearch, type SearchEngine } from './searchEngine';
import { recordsFromContent } from './searchRecords';

// The seam between the content pack and search: the compiler builds and exports the index, the loader
// checks the config hash and hands a SearchSource on, and the search worker turns that source into an
// engine (importing the export, or rebuilding when the config changed).

export type { SearchExport } from './corpusIndex';
export type SearchIndex = SearchEngine;

/** SHA-256 (hex) of the shared config, stored in the manifest and compared on load. */
export const searchConfigHash = async (): Promise<string> => {
  return sha256Hex(searchConfigJson());
};

export const buildSearchIndex = (
  documents: readonly ContentDocument[],
  entries: readonly Entry[],
): SearchIndex => {
  const records = recordsFromContent(documents, entries);
  return createSearchEngine(buildCorpusIndex(records), records);
};

export const exportSearchIndex = (index: SearchIndex): SearchExport => exportCorpusIndex(index.index);

export const importSearchIndex = (
  data: SearchExport,
  documents: readonly ContentDocument[],
  entries: readonly Entry[],
): SearchIndex => createSearchEngine(importCorpusIndex(data), recordsFromContent(documents, entries));

/** What a loaded pack offers search: its content, and its prebuilt index when built with this config. */
export interface SearchSource {
  documents: readonly ContentDocument[];
  entries: readonly Entry[];
  /**
   * The pack's search-index.json as verified bytes: parsed by the search worker, not on the UI thread (it
   * is the largest part of the pack). Absent when the pack's index was built with another search config:
   * it must be rebuilt.
   */
  prebuilt?: Uint8Array;
}

export interface OpenedIndex {
  index: SearchIndex;
  /** True when the index was built here rather than imported from the pack. */
  rebuilt: boolean;
}

/** Imports the pack's index, or rebuilds it when absent or unreadable (a notice, never a failure). */
export const openSearchIndex = (source: SearchSource): OpenedIndex => {
  if (source.prebuilt) {
    try {
      return {
        index: importSearchIndex(parseSearchExport(source.prebuilt), source.documents, source.entries),
        rebuilt: false,
      };
    } catch {
      // An index that does not match its records is rebuilt below rather than trusted.
    }
  }
  return { index: buildSearchIndex(source.documents, source.entries), rebuilt: true };
};

const opened = new WeakMap<SearchSource, SearchIndex>();

const isSource = (x: SearchSource | SearchIndex): x is SearchSource => 'documents' in x;

export interface SearchOptions {
  /** A record kind: 'document', 'article', 'indicator', 'step', 'actor'. */
  kind?: string;
  doc?: string;
  limit?: number;
}

/**
 * Ids (entry ids contain a slash, document ids do not), best first: a synchronous shortcut for the
 * compiler, the command line and tests. The app searches in its worker (searchClient.ts).
 */
export const searchContent = (
  from: SearchSource | SearchIndex,
  query: string,
  options: SearchOptions = {},
): string[] => {
  let index: SearchIndex;
  if (isSource(from)) {
    index = opened.get(from) ?? openSearchIndex(from).index;
    opened.set(from, index);
  } else index = from;
  const { hits } = runSearch(index, query, { limit: 1000, complete: false });
  return hits
    .map((h) => index.records[h.num]!)
    .filter((r) => (!options.kind || r.kind === options.kind) && (!options.doc || r.docId === options.doc))
    .slice(0, options.limit ?? 50)
    .map((r) => r.id);
};
