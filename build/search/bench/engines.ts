import lunr from 'lunr';
import MiniSearch, { type Options as MiniSearchOptions } from 'minisearch';
import { analyse } from '../../../renderer/core/search/analyzer';
import {
  buildCorpusIndex,
  exportCorpusIndex,
  importCorpusIndex,
  type SearchExport,
} from '../../../renderer/core/search/corpusIndex';
import { createSearchEngine, runSearch, type SearchEngine } from '../../../renderer/core/search/searchEngine';
import type { SearchRecord } from '../../../renderer/core/search/searchRecords';
import { search } from '../../../renderer/core/search/searchService';
import { LANGUAGES } from '../../../renderer/core/vocabulary';

// The engines compared, behind one shape. All of them get Dalili's analyser (same folding, elision,
// stemming, legal numbering), field boost for names, completion of the last word and one typo forgiven
// in words of five letters or more, so the comparison is of engines, not of normalisations.

export interface BenchEngine {
  name: string;
  /** Builds the index and returns it serialised, as a pack would carry it. */
  build(records: readonly SearchRecord[]): string;
  /** Loads a serialised index (parse included) and keeps it. */
  load(serialised: string, records: readonly SearchRecord[]): void;
  /** Ids, best first. `typing`: the query may end in a word being typed. */
  search(query: string, typing: boolean): string[];
  drop(): void;
}

/** `snippets: false` ranks only (no passages quoted): the work MiniSearch and Lunr do, for a like-for-like row. */
export const daliliEngine = (snippets = true): BenchEngine => {
  let engine: SearchEngine | undefined;
  return {
    name: snippets ? 'Dalili (FlexSearch), all features' : 'Dalili, ranking only (no snippets)',
    build: (records) => JSON.stringify(exportCorpusIndex(buildCorpusIndex(records))),
    load: (serialised, records) => {
      engine = createSearchEngine(importCorpusIndex(JSON.parse(serialised) as SearchExport), records);
    },
    // Every feature on: parsing, article references, thesaurus, typo repair, completion, proximity, snippets.
    search: (query, typing) => {
      if (!engine) return [];
      if (snippets) return search(engine, query, { limit: 10, complete: typing }).hits.map((h) => h.id);
      const e = engine;
      return runSearch(e, query, { limit: 10, complete: typing }).hits.map((h) => e.records[h.num]!.id);
    },
    drop: () => {
      engine = undefined;
    },
  };
};

const analysedDoc = (r: SearchRecord) => ({
  id: r.id,
  names: analyse(r.names).join(' '),
  fr: analyse(r.text.fr).join(' '),
  en: analyse(r.text.en).join(' '),
  sw: analyse(r.text.sw).join(' '),
});

export const miniSearchEngine = (combineWith: 'AND' | 'OR'): BenchEngine => {
  let index: MiniSearch | undefined;
  let typingNow = false;
  const options: MiniSearchOptions = {
    fields: ['names', ...LANGUAGES],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: {
      combineWith,
      tokenize: analyse,
      boost: { names: 2.5 },
      fuzzy: (term) => (term.length >= 5 ? 1 : 0),
      prefix: (_term, i, terms) => typingNow && i === terms.length - 1,
    },
  };
  return {
    name: `MiniSearch (${combineWith})`,
    build: (records) => {
      const ms = new MiniSearch(options);
      ms.addAll(records.map(analysedDoc));
      return JSON.stringify(ms);
    },
    load: (serialised) => {
      index = MiniSearch.loadJSON(serialised, options);
    },
    search: (query, typing) => {
      typingNow = typing;
      return index
        ? index
            .search(query)
            .slice(0, 10)
            .map((r) => String(r.id))
        : [];
    },
    drop: () => {
      index = undefined;
    },
  };
};

export const lunrEngine = (): BenchEngine => {
  let index: lunr.Index | undefined;
  return {
    name: 'Lunr (OR)',
    build: (records) => {
      const built = lunr(function () {
        // Dalili's analyser did the work: no stemmer, stop-word filter or trimmer on top.
        this.pipeline.reset();
        this.searchPipeline.reset();
        this.ref('id');
        this.field('names', { boost: 2.5 });
        for (const f of LANGUAGES) this.field(f);
        for (const r of records) this.add(analysedDoc(r));
      });
      return JSON.stringify(built);
    },
    load: (serialised) => {
      index = lunr.Index.load(JSON.parse(serialised));
    },
    search: (query, typing) => {
      if (!index) return [];
      const terms = analyse(query);
      if (terms.length === 0) return [];
      return index
        .query((q) => {
          terms.forEach((term, i) => {
            const wildcard =
              typing && i === terms.length - 1 ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE;
            q.term(term, { editDistance: term.length >= 5 ? 1 : 0, wildcard, usePipeline: false });
          });
        })
        .slice(0, 10)
        .map((r) => r.ref);
    },
    drop: () => {
      index = undefined;
    },
  };
};
