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
} from './flexIndex';
import type { SearchRecord } from './searchRecords';

// The index as the pack carries it: FlexSearch's export plus two keys of our own, the record ids (the
// index numbers records) and the sorted vocabulary (prefix completion and typo repair need it sorted, and
// sorting it at start-up would cost more than loading the rest).

export type SearchExport = Record<string, string>;

const IDS_KEY = 'dalili:ids';
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
  const out: SearchExport = { ...exportFlexDocument(index.doc), [IDS_KEY]: JSON.stringify(index.ids), [VOCAB_KEY]: index.vocab.join('\n') };
  // Sorted keys keep the part byte-identical from one build to the next.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};

/** Throws when the export is not one of ours (missing keys, wrong shapes). */
export const importCorpusIndex = (data: SearchExport): CorpusIndex => {
  const { [IDS_KEY]: idsJson, [VOCAB_KEY]: vocabText, ...flex } = data;
  if (idsJson === undefined || vocabText === undefined) throw new Error('search export lacks ids or vocabulary');
  const ids: unknown = JSON.parse(idsJson);
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new Error('search export ids malformed');
  const doc = importFlexDocument(flex);
  return { doc, maps: fieldMaps(doc), ids, vocab: vocabText === '' ? [] : vocabText.split('\n') };
};
