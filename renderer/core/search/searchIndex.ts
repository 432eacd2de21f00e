import type { ContentDocument, Entry } from '../content/types';
import { createFlexDocument, searchConfigJson } from './searchConfig';
import type { FlexDocument, SearchRecord } from './searchConfig';

// A first working full-text index over the pack: entries and documents, French with a light stemmer,
// English and Swahili with plain normalisation. Ranking and query parsing come with the search screen.
// This module is the only seam between the pack and the search engine: build, export, import, query.

export interface SearchIndex {
  flex: FlexDocument;
  /** Entry or document id of each record number. */
  ids: readonly string[];
}

/** The pack's search-index.json. */
export interface SearchExport {
  ids: string[];
  data: Record<string, string>;
}

/** SHA-256 (hex) of the shared config, stored in the manifest and compared on load. */
export const searchConfigHash = async (): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(searchConfigJson()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};

// Link targets and Markdown punctuation are noise for the index; labels stay.
const plainText = (markdown: string | undefined): string =>
  (markdown ?? '').replace(/\]\([^)]*\)/g, ']').replace(/[#*_>`[\]|]/g, ' ');

const join = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(' \n ');

export const entryRecord = (e: Entry, n: number): SearchRecord => ({
  id: n,
  kind: e.kind,
  doc: e.docId,
  title: join(e.heading, e.number ? `art. ${e.number}` : undefined),
  fr: join(plainText(e.text.fr), ...(e.questions?.fr ?? [])),
  en: join(plainText(e.text.en), ...(e.questions?.en ?? [])),
  sw: join(plainText(e.text.sw), ...(e.questions?.sw ?? [])),
});

export const documentRecord = (d: ContentDocument, n: number): SearchRecord => ({
  id: n,
  kind: 'document',
  doc: d.id,
  title: join(d.title.fr, d.shortName.fr, d.citation, d.number, ...d.aliases),
  fr: plainText(d.summary?.fr),
  en: join(d.title.en, d.shortName.en, plainText(d.summary?.en)),
  sw: join(d.title.sw, d.shortName.sw, plainText(d.summary?.sw)),
});

export const buildSearchIndex = (
  documents: readonly ContentDocument[],
  entries: readonly Entry[],
): SearchIndex => {
  const flex = createFlexDocument();
  const ids: string[] = [];
  for (const d of documents) flex.add(documentRecord(d, ids.push(d.id) - 1));
  for (const e of entries) flex.add(entryRecord(e, ids.push(e.id) - 1));
  return { flex, ids };
};

export const exportSearchIndex = (index: SearchIndex): SearchExport => {
  const data: Record<string, string> = {};
  // With a synchronous handler FlexSearch exports synchronously.
  void index.flex.export((key: string, value: string) => {
    data[key] = value;
  });
  // Sorted keys keep the part byte-identical from one build to the next.
  const sorted = Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ids: [...index.ids], data: sorted };
};

export const importSearchIndex = (exported: SearchExport): SearchIndex => {
  const flex = createFlexDocument();
  for (const [key, value] of Object.entries(exported.data)) flex.import(key, value);
  return { flex, ids: exported.ids };
};

export interface SearchOptions {
  /** An entry kind, or 'document' for whole documents. */
  kind?: string;
  doc?: string;
  limit?: number;
}

/** Ids (entry ids contain a slash, document ids do not), best match first across fields. */
export const searchContent = (index: SearchIndex, query: string, options: SearchOptions = {}): string[] => {
  const tag: Record<string, string> = {};
  if (options.kind) tag.kind = options.kind;
  if (options.doc) tag.doc = options.doc;
  const results = index.flex.search(query, {
    limit: options.limit ?? 50,
    merge: true,
    ...(Object.keys(tag).length > 0 ? { tag } : {}),
  });
  return results.flatMap((r) => index.ids[Number(r.id)] ?? []);
};
