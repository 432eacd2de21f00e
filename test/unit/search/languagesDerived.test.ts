// What adding a language to the vocabulary changes without another edit (README, "How to add a language"):
// each test reads the vocabulary's LANGUAGES, so a new language is checked here the day it is declared.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate as formatCitationDate } from '../../../renderer/core/library/formatDate';
import { buildCorpusIndex } from '../../../renderer/core/search/corpusIndex';
import { FIELD_BIT, TEXT_BIT } from '../../../renderer/core/search/fieldMask';
import { parseQuery } from '../../../renderer/core/search/queryParser';
import { INDEX_FIELDS, searchConfigJson } from '../../../renderer/core/search/searchConfig';
import { isStopword, STOPWORDS_BY_LANGUAGE } from '../../../renderer/core/search/stopwords';
import { foldText } from '../../../renderer/core/text';
import type { Lang } from '../../../renderer/core/content/types';
import { LANGUAGE_FACTS, LANGUAGES } from '../../../renderer/core/vocabulary';
import { formatDate } from '../../../renderer/ui/i18n/formatDate';
import { NO_TEXT } from './corpus';

afterEach(() => vi.restoreAllMocks());

describe('search follows the vocabulary’s languages', () => {
  it('the hashed search configuration names every language: a language added rebuilds the index, no version to bump', () => {
    const config = JSON.parse(searchConfigJson()) as { fields: string[] };
    expect(config.fields).toEqual(['title', ...LANGUAGES, 'context']);
  });

  it('every language is an index field, and a word in its text is found in that field', () => {
    for (const language of LANGUAGES) {
      const index = buildCorpusIndex([
        {
          id: 'd/e',
          docId: 'd',
          kind: 'article',
          docKind: 'law',
          jurisdiction: 'RDC',
          citation: 'Loi, art. 1',
          heading: 'Article 1',
          names: 'Article 1',
          text: { ...NO_TEXT, [language]: 'zyxwort' },
        },
      ]);
      const holding = INDEX_FIELDS.filter((field) => index.maps[field].has('zyxwort'));
      expect(holding, language).toEqual([language]);
    }
  });

  it('each text field has a bit of its own, and all fit the byte a record gets', () => {
    const bits = Object.values(FIELD_BIT);
    expect(new Set(bits).size).toBe(LANGUAGES.length + 1);
    expect(Math.max(...bits)).toBeLessThan(256);
    for (const language of LANGUAGES) expect(TEXT_BIT[language]).toBe(FIELD_BIT[language]);
  });

  it('every language is named in a query by its code and by its name in itself', () => {
    for (const language of LANGUAGES) {
      expect(parseQuery(`langue:${language} travail`).filters.lang).toBe(language);
      const nativeName = foldText(LANGUAGE_FACTS[language].nativeName);
      expect(parseQuery(`langue:${nativeName} travail`).filters.lang, nativeName).toBe(language);
    }
    expect(parseQuery('langue:swahili').filters.lang).toBe('sw');
  });

  it('every language says, in stopwords.ts, which words it drops (or NO_STOPWORDS), and they are dropped', () => {
    expect(Object.keys(STOPWORDS_BY_LANGUAGE).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES)
      for (const word of STOPWORDS_BY_LANGUAGE[language].split(/\s+/).filter(Boolean))
        expect(isStopword(word), `${language}: ${word}`).toBe(true);
    expect(isStopword('travail')).toBe(false);
  });
});

describe('dates in a language Dalili has no words for', () => {
  it('a citation date is written day first in figures, never with another language’s month names', () => {
    expect(formatCitationDate('2009-01-10', 'fr')).toBe('10 janvier 2009');
    expect(formatCitationDate('2009-01-10', 'sw')).toBe('10 Januari 2009');
    expect(formatCitationDate('2009-01-10', 'zz' as Lang)).toBe('10/01/2009');
  });

  it('an interface date whose locale the runtime does not know is written day first in figures', () => {
    expect(formatDate('fr', '2026-11-29')).toBe('29 novembre 2026');
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
    expect(formatDate('fr', '2026-11-29')).toBe('29/11/2026');
  });
});
