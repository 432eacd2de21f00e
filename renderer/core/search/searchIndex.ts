import type { ContentDocument, Entry } from '../content/types';
import { createSearchIndex, searchConfigJson } from './searchConfig';
import type { SearchIndex, SearchRecord } from './searchConfig';

// A first working full-text index over the pack: entries and documents, French with a light stemmer,
// English and Swahili with plain normalisation. Ranking and query parsing come with the search screen.

export type SearchExport = Record<string, string>;

/** SHA-256 (hex) of the shared config, stored in the manifest and compared on load. */
export const searchConfigHash = async (): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(searchConfigJson()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};

// Link targets and Markdown punctuation are noise for the index; labels stay.
const plainText = (markdown: string | undefined): string =>
  (markdown ?? '').replace(/\]\([^)]*\)/g, ']').replace(/[#*_>`[\]|]/g, ' ');

const join = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(' \n ');

export const entryRecord = (e: Entry): SearchRecord => ({
  id: e.id,
  kind: e.kind,
  doc: e.docId,
  title: join(e.heading, e.number ? `art. ${e.number}` : undefined, e.citation),
  fr: join(plainText(e.text.fr), ...(e.questions?.fr ?? [])),
  en: join(plainText(e.text.en), ...(e.questions?.en ?? [])),
  sw: join(plainText(e.text.sw), ...(e.questions?.sw ?? [])),
});

export const documentRecord = (d: ContentDocument): SearchRecord => ({
  id: d.id,
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
  const index = createSearchIndex();
  for (const d of documents) index.add(documentRecord(d));
  for (const e of entries) index.add(entryRecord(e));
  return index;
};

export const exportSearchIndex = (index: SearchIndex): SearchExport => {
  const out: SearchExport = {};
  // With a synchronous handler FlexSearch exports synchronously.
  void index.export((key: string, data: string) => {
    out[key] = data;
  });
  // Sorted keys keep the part byte-identical from one build to the next.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};

export const importSearchIndex = (data: SearchExport): SearchIndex => {
  const index = createSearchIndex();
  for (const [key, value] of Object.entries(data)) index.import(key, value);
  return index;
};

export interface SearchOptions {
  kind?: string;
  doc?: string;
  limit?: number;
}

/** Ids (entry ids contain a slash, document ids do not), best match first across fields. */
export const searchContent = (index: SearchIndex, query: string, options: SearchOptions = {}): string[] => {
  const tag: Record<string, string> = {};
  if (options.kind) tag.kind = options.kind;
  if (options.doc) tag.doc = options.doc;
  const results = index.search(query, {
    limit: options.limit ?? 50,
    merge: true,
    ...(Object.keys(tag).length > 0 ? { tag } : {}),
  });
  return results.map((r) => String(r.id));
};
