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

// The index as the pack carries it (search-index.json): the record ids (the index numbers records) and
// FlexSearch's export, plus one key of our own, the sorted vocabulary (prefix completion and typo repair
// need it sorted, and sorting it at start-up would cost more than loading the rest).

export interface SearchExport {
  /** Entry or document id of each record number. */
  ids: string[];
  /** FlexSearch's parts (parsed JSON) and the vocabulary (a string, one term a line). */
  data: Record<string, unknown>;
}

const VOCAB_KEY = 'dalili:vocab';

export interface CorpusIndex {
  doc: FlexDocument;
  maps: Record<IndexField, Map<string, Postings>>;
  /** Record ids by number. */
  ids: string[];
  /** Every indexed term, sorted. */
  vocab: string[];
}

const analysed = (text: string): string => analyse(text).join(' ');

export const buildCorpusIndex = (records: readonly SearchRecord[]): CorpusIndex => {
  const doc = createFlexDocument();
  records.forEach((r, id) => {
    doc.add({ id, title: analysed(r.names), fr: analysed(r.text.fr), en: analysed(r.text.en), sw: analysed(r.text.sw) });
  });
  return { doc, maps: fieldMaps(doc), ids: records.map((r) => r.id), vocab: collectVocabulary(doc) };
};

export const exportCorpusIndex = (index: CorpusIndex): SearchExport => {
  const data = { ...exportFlexDocument(index.doc), [VOCAB_KEY]: index.vocab.join('\n') };
  // Sorted keys keep the part byte-identical from one build to the next.
  return { ids: index.ids, data: Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
};

/** Throws when the export is not one of ours (the vocabulary missing, FlexSearch refusing a key). */
export const importCorpusIndex = (exported: SearchExport): CorpusIndex => {
  const { [VOCAB_KEY]: vocabText, ...flex } = exported.data;
  if (typeof vocabText !== 'string') throw new Error('search export lacks its vocabulary');
  const doc = importFlexDocument(flex);
  return { doc, maps: fieldMaps(doc), ids: exported.ids, vocab: vocabText === '' ? [] : vocabText.split('\n') };
};
