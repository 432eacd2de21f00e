import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compileContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';
import { REPO_ROOT } from '../../../build/content/signingKey';
import { loadBundledCorpus } from '../../../build/search/loadCorpus';
import { readRelevanceSet } from '../../../build/search/relevance';
import { tokenSpans } from '../../../renderer/core/search/analyzer';
import { exportCorpusIndex, importCorpusIndex } from '../../../renderer/core/search/corpusIndex';
import { runSearch } from '../../../renderer/core/search/searchEngine';
import { openSearchIndex } from '../../../renderer/core/search/searchIndex';
import { search } from '../../../renderer/core/search/searchService';
import { buildSnippet, snippetTerms } from '../../../renderer/core/search/snippet';
import { withWordMarks } from '../../../renderer/core/search/wordMarks';
import {
  exportTermOffsets,
  forEachTerm,
  importTermOffsets,
  readTermIds,
} from '../../../renderer/core/search/termOffsets';

// The word offsets carried in the pack replace re-reading texts at query time: they must say exactly
// what the analyser says about every text, survive the export, refuse a damaged export, and give the
// same snippets as reading the text.

const { records, engine } = loadBundledCorpus();
const index = engine.index;

describe('word offsets', () => {
  it('hold every analysed word of every field, with its span, as the analyser reads it', () => {
    let words = 0;
    records.forEach((r, num) => {
      for (const [field, text] of [
        ['names', r.names],
        ['fr', r.text.fr],
        ['en', r.text.en],
        ['sw', r.text.sw],
      ] as const) {
        const fromOffsets: string[] = [];
        forEachTerm(index.offsets, num, field, (id, start, end) => {
          fromOffsets.push(`${index.vocab[id]}@${start}-${end}`);
        });
        const expected = tokenSpans(text).map((s) => `${s.term}@${s.start}-${s.end}`);
        expect(fromOffsets, `${r.id} ${field}`).toEqual(expected);
        words += expected.length;
      }
    });
    expect(words).toBeGreaterThan(20_000);
  });

  it('read the first words of a field up to a word limit', () => {
    const num = records.findIndex((r) => r.text.fr.length > 600);
    const ids = [...readTermIds(index.offsets, num, 'fr', 30)];
    const expected = tokenSpans(records[num]!.text.fr).slice(0, 30);
    expect(ids.map((id) => index.vocab[id])).toEqual(expected.map((s) => s.term));
  });

  it('survive the pack export and import unchanged', () => {
    const again = importCorpusIndex(
      JSON.parse(JSON.stringify(exportCorpusIndex(index))) as ReturnType<typeof exportCorpusIndex>,
    );
    expect(again.offsets).toEqual(index.offsets);
  });

  it('refuse an export that does not fit the records, so the index is rebuilt', () => {
    const good = exportTermOffsets(index.offsets);
    expect(() => importTermOffsets(good, records.length + 1)).toThrow();
    expect(() => importTermOffsets(good.slice(0, 400), records.length)).toThrow();
    expect(() => importTermOffsets('', records.length)).toThrow();
    const exported = exportCorpusIndex(index);
    const withoutOffsets = Object.fromEntries(
      Object.entries(exported.data).filter(([key]) => key !== 'dalili:offsets'),
    );
    expect(() => importCorpusIndex({ ids: exported.ids, data: withoutOffsets })).toThrow(/offsets/);
  });

  it('give the same snippets as reading the texts, for every query of the relevance set, in each language', () => {
    const queries = readRelevanceSet().map((q) => q.query);
    let compared = 0;
    for (const language of ['fr', 'en', 'sw'] as const) {
      for (const query of queries) {
        const response = search(engine, query, { limit: 10, language });
        const result = runSearch(engine, query, { limit: 10 });
        const terms = snippetTerms(result.terms);
        response.hits.forEach((hit) => {
          const num = index.ids.indexOf(hit.id);
          expect(hit.snippet, `${query} → ${hit.id}`).toEqual(buildSnippet(records[num]!, terms, language));
          compared += 1;
        });
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('fall back to reading the text when they do not fit it', () => {
    const num = records.findIndex((r) => r.text.fr.includes('travail forcé'));
    const shortened = { ...records[num]!, text: { ...records[num]!.text, fr: 'Le travail forcé.' } };
    const terms = snippetTerms(['travail', 'forc'], engine.numbers);
    const marks = new Uint8Array(index.vocab.length);
    const snippet = withWordMarks(marks, terms.ids ?? [], () =>
      buildSnippet(shortened, terms, 'fr', 1, { offsets: index.offsets, num, vocab: index.vocab, marks }),
    );
    expect(snippet.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['travail', 'forcé']);
  });

  it('are rebuilt with the index, with a notice, when the pack’s do not fit its records', () => {
    const compiled = compileContent(readContentDir(resolve(REPO_ROOT, 'content')));
    const exported = exportCorpusIndex(index);
    const damaged = {
      ids: exported.ids,
      data: {
        ...exported.data,
        'dalili:offsets': exportTermOffsets({
          table: new Uint32Array(5),
          positionTable: new Uint32Array(5),
          ids: new Uint32Array(0),
          positions: new Uint8Array(0),
        }),
      },
    };
    const opened = openSearchIndex({
      documents: compiled.documents,
      entries: compiled.entries,
      prebuilt: new TextEncoder().encode(JSON.stringify(damaged)),
    });
    expect(opened.rebuilt).toBe(true);
    expect(
      search(opened.index, 'servitude pour dettes', { limit: 3 }).hits[0]?.snippet.parts.some((p) => p.hit),
    ).toBe(true);
    const intact = openSearchIndex({
      documents: compiled.documents,
      entries: compiled.entries,
      prebuilt: new TextEncoder().encode(JSON.stringify(exported)),
    });
    expect(intact.rebuilt).toBe(false);
  });
});
