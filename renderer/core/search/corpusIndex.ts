import { LANGUAGES, mapValues } from '../vocabulary';
import { analyse } from './analyzer';
import {
  collectVocabulary,
  createFlexDocument,
  exportFlexDocument,
  fieldMaps,
  importFlexDocument,
  type FlexDocument,
  type IndexField,
  type Postings,
} from './searchConfig';
import type { SearchRecord } from './searchRecords';
import { buildTermOffsets, exportTermOffsets, importTermOffsets, type TermOffsets } from './termOffsets';
import { buildSuffixOrder, exportSuffixOrder, importSuffixOrder } from './suffixOrder';

// The index as the pack carries it (search-index.json): the record ids (the index numbers records) and
// FlexSearch's export, plus two keys of our own: the sorted vocabulary (prefix completion and typo repair
// need it sorted, and sorting it at start-up would cost more than loading the rest) and the word offsets
// (termOffsets.ts), which let snippets and adjacency checks skip re-reading texts.

export interface SearchExport {
  /** Entry or document id of each record number. */
  ids: string[];
  /** FlexSearch's parts (parsed JSON) and the vocabulary (a string, one term a line). */
  data: Record<string, unknown>;
}

const VOCAB_KEY = 'dalili:vocab';
const OFFSETS_KEY = 'dalili:offsets';
const SUFFIX_KEY = 'dalili:suffixOrder';

export interface CorpusIndex {
  doc: FlexDocument;
  maps: Record<IndexField, Map<string, Postings>>;
  /** Record ids by number. */
  ids: string[];
  /** Every indexed term, sorted. */
  vocab: string[];
  /** Where each word sits in each record's names and texts (termOffsets.ts), by vocabulary number. */
  offsets: TermOffsets;
  /** Vocabulary numbers in the order of the words read backwards (suffixOrder.ts). */
  suffixOrder: Uint32Array;
}

const analysed = (text: string): string => analyse(text).join(' ');

/** Context words once each, the most repeated first (FlexSearch scores earlier words higher). */
const contextTerms = (text: string | undefined): string => {
  if (!text) return '';
  const counts = new Map<string, number>();
  for (const t of analyse(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([t]) => t)
    .join(' ');
};

export const buildCorpusIndex = (records: readonly SearchRecord[]): CorpusIndex => {
  const doc = createFlexDocument();
  records.forEach((r, id) => {
    doc.add({
      id,
      title: analysed(r.names),
      ...mapValues(LANGUAGES, (l) => analysed(r.text[l])),
      context: contextTerms(r.context),
    });
  });
  const vocab = collectVocabulary(doc);
  const numbers = new Map(vocab.map((term, i) => [term, i]));
  return {
    doc,
    maps: fieldMaps(doc),
    ids: records.map((r) => r.id),
    vocab,
    offsets: buildTermOffsets(records, (t) => numbers.get(t)),
    suffixOrder: buildSuffixOrder(vocab),
  };
};

export const exportCorpusIndex = (index: CorpusIndex): SearchExport => {
  const data = {
    ...exportFlexDocument(index.doc),
    [VOCAB_KEY]: index.vocab.join('\n'),
    [OFFSETS_KEY]: exportTermOffsets(index.offsets),
    [SUFFIX_KEY]: exportSuffixOrder(index.suffixOrder),
  };
  // Sorted keys keep the part byte-identical from one build to the next.
  return {
    ids: index.ids,
    data: Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
};

/** Throws when the export is not one of ours (the vocabulary missing, FlexSearch refusing a key). */
export const importCorpusIndex = (exported: SearchExport): CorpusIndex => {
  const {
    [VOCAB_KEY]: vocabText,
    [OFFSETS_KEY]: offsetsText,
    [SUFFIX_KEY]: suffixText,
    ...flex
  } = exported.data;
  if (typeof vocabText !== 'string') throw new Error('search export lacks its vocabulary');
  if (typeof offsetsText !== 'string') throw new Error('search export lacks its word offsets');
  if (typeof suffixText !== 'string') throw new Error('search export lacks its suffix order');
  const vocab = vocabText === '' ? [] : vocabText.split('\n');
  const offsets = importTermOffsets(offsetsText, exported.ids.length);
  const suffixOrder = importSuffixOrder(suffixText, vocab);
  const doc = importFlexDocument(flex);
  return { doc, maps: fieldMaps(doc), ids: exported.ids, vocab, offsets, suffixOrder };
};

/** The pack's search-index.json bytes as an export; throws when they are not one (the index is then rebuilt). */
export const parseSearchExport = (bytes: Uint8Array): SearchExport => {
  const raw = JSON.parse(
    new TextDecoder('utf-8', { fatal: true }).decode(bytes),
  ) as Partial<SearchExport> | null;
  const ok =
    typeof raw === 'object' &&
    raw !== null &&
    Array.isArray(raw.ids) &&
    raw.ids.every((id) => typeof id === 'string') &&
    typeof raw.data === 'object' &&
    raw.data !== null &&
    // FlexSearch's parts are JSON values; importing them checks them.
    Object.values(raw.data).every((v) => v !== null && (typeof v === 'string' || typeof v === 'object'));
  if (!ok) throw new Error('search index is not an export');
  return raw as SearchExport;
};
