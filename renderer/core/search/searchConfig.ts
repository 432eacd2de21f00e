import { Charset, Document, Encoder } from 'flexsearch';
import type { DocumentData } from 'flexsearch';
import French from 'flexsearch/lang/fr';
import { lightStem, normaliseApostrophes } from './normalise';

// The one search configuration, used by the pack compiler (to build and export the index) and by the
// app (to import it). FlexSearch does not serialise its options, so an index must be imported into an
// index created exactly like this. Any change here (encoder, fields, normalisation) must bump
// `version`: the pack stores a hash of SEARCH_CONFIG and the app rebuilds the index when it differs.

export const SEARCH_CONFIG = {
  version: 1,
  engine: 'flexsearch@0.8',
  tokenize: 'forward',
  resolution: 9,
  fields: [
    { field: 'title', encoder: 'fr-light' },
    { field: 'fr', encoder: 'fr-light' },
    { field: 'en', encoder: 'plain' },
    { field: 'sw', encoder: 'plain' },
  ],
  tags: ['kind', 'doc'],
} as const;

/** What is indexed per entry (or per document, whose id has no slash). */
export interface SearchRecord extends DocumentData {
  id: string;
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

export type SearchIndex = Document<SearchRecord>;

export const createSearchIndex = (): SearchIndex => {
  const encoders = { 'fr-light': makeEncoder('fr-light'), plain: makeEncoder('plain') };
  return new Document<SearchRecord>({
    id: 'id',
    index: SEARCH_CONFIG.fields.map((f) => ({
      field: f.field,
      tokenize: SEARCH_CONFIG.tokenize,
      resolution: SEARCH_CONFIG.resolution,
      encoder: encoders[f.encoder],
    })),
    tag: SEARCH_CONFIG.tags.map((field) => ({ field })),
  });
};

/** Canonical JSON of the config: the input of the hash stored in the manifest. */
export const searchConfigJson = (): string => JSON.stringify(SEARCH_CONFIG);
