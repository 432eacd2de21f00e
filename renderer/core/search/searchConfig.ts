import { Document, type DocumentData, Encoder } from 'flexsearch';
import { analyse } from './analyzer';
import type { Lang } from '../content';
import { LANGUAGES } from '../vocabulary';

// The one search configuration, shared by the pack compiler (which builds and exports the index) and the
// app's search worker (which imports it): the FlexSearch Document index behind a small typed surface.
// Text reaches it already analysed (analyzer.ts: terms joined by spaces), so FlexSearch's encoder only
// splits on spaces: indexing and querying share one normalisation by construction. Records are numbered
// (their position in the exported id table), which keeps the export small. FlexSearch does not serialise
// its options, so an export must be imported into an index made by createFlexDocument(); the pack stores
// a hash of SEARCH_CONFIG and the app rebuilds the index (in the worker) when it differs. Any change to
// this file, the analyser or the record fields must bump `version`.

// `context`: structure headings, the set's title and anchor text (SearchRecord.context).
export const INDEX_FIELDS = ['title', ...LANGUAGES, 'context'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];

export const SEARCH_CONFIG = {
  // 7: official texts in the French field and one record per earlier version of an entry (issue 20).
  version: 7,
  engine: 'flexsearch@0.8',
  analyser: 'dalili-analyser-1',
  tokenize: 'strict',
  resolution: 9,
  fields: INDEX_FIELDS,
  ids: 'numeric',
} as const;

// What the analyser makes of a text that exercises each of its rules: part of the hashed config, so a
// change to folding, stopwords, stemming or numbering changes the hash even if `version` was not bumped.
const ANALYSER_PROBE =
  "L’Œuvre d'un enfant, des enfants ; forcée, forcés ; travaux, pénaux, travailleuses, exclusive ; " +
  'the children, countries ; kazi ya watoto ; art. 53 loi 09-001, Article 174 bis, art. 3 § 2, 1er, C182 ; ' +
  'le la les de du des et ou à au aux en dans par pour sur que qui ne pas se ce il elle on est sont ai as ont moins plus ; ' +
  'the of and or to in for on by with an is are be ; na ya wa za cha kwa ni katika';

/** Canonical JSON of the config: the input of the hash stored in the manifest. */
export const searchConfigJson = (): string =>
  JSON.stringify({ ...SEARCH_CONFIG, probe: analyse(ANALYSER_PROBE).join(' ') });

/** What FlexSearch indexes per record: analysed terms joined by spaces, per field. */
export interface AnalysedRecord extends DocumentData, Record<Lang, string> {
  id: number;
  title: string;
  context: string;
}

/** Postings of one term in one field: slot k holds the records where the term sits in the k-th part of the text. */
export type Postings = readonly (readonly number[] | undefined)[];

// The part of FlexSearch's field index we read: its term map. Not in its public types, hence this shape.
interface FieldIndex {
  map: Map<string, Postings>;
}

export type FlexDocument = Document<AnalysedRecord>;

export const createFlexDocument = (): FlexDocument => {
  // No cache: it arms timers and gains nothing when every lookup is a single term.
  const encoder = new Encoder({
    normalize: false,
    split: ' ',
    numeric: false,
    dedupe: false,
    minlength: 1,
    cache: false,
  });
  return new Document<AnalysedRecord>({
    id: 'id',
    index: INDEX_FIELDS.map((field) => ({
      field,
      tokenize: SEARCH_CONFIG.tokenize,
      resolution: SEARCH_CONFIG.resolution,
      encoder,
    })),
  });
};

/** Read access to one field's term map. */
export const fieldMaps = (doc: FlexDocument): Record<IndexField, Map<string, Postings>> => {
  const indexes = (doc as unknown as { index: Map<string, FieldIndex> }).index;
  const get = (field: IndexField): Map<string, Postings> => {
    const fieldIndex = indexes.get(field);
    if (!fieldIndex) throw new Error(`search index has no field ${field}`);
    return fieldIndex.map;
  };
  return Object.fromEntries(INDEX_FIELDS.map((field) => [field, get(field)])) as Record<
    IndexField,
    Map<string, Postings>
  >;
};

/** Every distinct term of the index, sorted: prefix completion and typo repair walk it. */
export const collectVocabulary = (doc: FlexDocument): string[] => {
  const terms = new Set<string>();
  for (const map of Object.values(fieldMaps(doc))) for (const term of map.keys()) terms.add(term);
  return [...terms].sort();
};

/**
 * FlexSearch's export, each part kept as parsed JSON rather than the string FlexSearch hands out: the
 * pack file is then parsed once, instead of once as a file and again part by part at start-up.
 */
export type FlexExport = Record<string, unknown>;

export const exportFlexDocument = (doc: FlexDocument): FlexExport => {
  const out: FlexExport = {};
  // With a synchronous handler FlexSearch exports synchronously.
  void doc.export((key: string, data: string) => {
    out[key] = JSON.parse(data);
  });
  return out;
};

export const importFlexDocument = (data: FlexExport): FlexDocument => {
  const doc = createFlexDocument();
  // FlexSearch takes parsed parts as well as strings; its types only say string.
  for (const [key, value] of Object.entries(data)) doc.import(key, value as string);
  return doc;
};
