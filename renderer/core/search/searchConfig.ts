import { Charset, Document, Encoder } from 'flexsearch';
import type { DocumentData } from 'flexsearch';
import French from 'flexsearch/lang/fr';
import { lightStem, normaliseApostrophes } from './normalise';

// The one search configuration, used by the pack compiler (to build and export the index) and by the
// app (to import it). FlexSearch does not serialise its options, so an index must be imported into an
// index created exactly like this. Any change here (encoder, fields, normalisation) must bump
// `version`: the pack stores a hash of SEARCH_CONFIG and the app rebuilds the index when it differs.

export const SEARCH_CONFIG = {
  version: 2,
  engine: 'flexsearch@0.8',
  resolution: 9,
  // Prefix matching ('forward') on titles only: on body text it multiplies the index size (7 MB for
  // 280 entries) and its load time, while the stemmer already covers word endings.
  fields: [
    { field: 'title', encoder: 'fr-light', tokenize: 'forward' },
    { field: 'fr', encoder: 'fr-light', tokenize: 'strict' },
    { field: 'en', encoder: 'plain', tokenize: 'strict' },
    { field: 'sw', encoder: 'plain', tokenize: 'strict' },
  ],
  tags: ['kind', 'doc'],
  // Records are numbered (their position in the exported id table): string ids repeated in every
  // posting list made up most of the export.
  ids: 'numeric',
} as const;

/** What is indexed per entry (or per document); `id` is the record's position in the id table. */
export interface SearchRecord extends DocumentData {
  id: number;
  kind: string;
  doc: string;
  title: string;
  fr: string;
  en: string;
  sw: string;
}

const frenchPrepare = French.prepare;

const makeEncoder = (name: 'fr-light' | 'plain'): Encoder => {
  const prepare = (s: string): string => {
    const t = normaliseApostrophes(s);
    return name === 'fr-light' && frenchPrepare ? frenchPrepare(t) : t;
  };
  const finalize = (terms: string[]): string[] => terms.map(lightStem);
  // Caching is off: it arms timers and gains nothing for one build and one import.
  return name === 'fr-light'
    ? new Encoder(Charset.Normalize).assign({ prepare, filter: French.filter, finalize, cache: false })
    : new Encoder(Charset.Normalize).assign({ prepare, cache: false });
};

export type FlexDocument = Document<SearchRecord>;

export const createFlexDocument = (): FlexDocument => {
  const encoders = { 'fr-light': makeEncoder('fr-light'), plain: makeEncoder('plain') };
  return new Document<SearchRecord>({
    id: 'id',
    index: SEARCH_CONFIG.fields.map((f) => ({
      field: f.field,
      tokenize: f.tokenize,
      resolution: SEARCH_CONFIG.resolution,
      encoder: encoders[f.encoder],
    })),
    tag: SEARCH_CONFIG.tags.map((field) => ({ field })),
  });
};

/** Canonical JSON of the config: the input of the hash stored in the manifest. */
export const searchConfigJson = (): string => JSON.stringify(SEARCH_CONFIG);
