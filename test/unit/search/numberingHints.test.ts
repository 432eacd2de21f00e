import { describe, expect, it } from 'vitest';
import { readNumbering } from '../../../renderer/core/search/numberingHints';
import { queryIntent } from '../../../renderer/core/search/queryIntent';

describe('numbering as practitioners write it', () => {
  it('notes a letter separated from its number', () => {
    expect(readNumbering('article 174 e').hints.letters).toEqual([{ number: '174', letter: 'e' }]);
    expect(readNumbering('174 l’enfant').hints.letters).toEqual([]);
    expect(readNumbering('loi 09/001 a').hints.letters).toEqual([]);
  });

  it('reads a family of lettered articles and keeps the number', () => {
    expect(readNumbering('174 a à n')).toEqual({
      text: '174',
      hints: { letters: [], families: [{ number: '174', from: 'a', to: 'n' }] },
    });
    expect(readNumbering('art. 174a à 174n CP').hints.families).toEqual([
      { number: '174', from: 'a', to: 'n' },
    ]);
    expect(readNumbering('174c-174e').hints.families).toEqual([{ number: '174', from: 'c', to: 'e' }]);
    // "de 5 à 20 ans" is a range of years, not of articles.
    expect(readNumbering('de 5 à 20 ans').hints.families).toEqual([]);
  });

  it('separates "art" from its number and joins an ILO code', () => {
    expect(readNumbering('cp art174c').text).toBe('cp art 174c');
    expect(readNumbering('C 182 art. 7').text).toBe('C182 art. 7');
    expect(readNumbering('p 29').text).toBe('p29');
  });
});

describe('what a query asks for', () => {
  it.each([
    ['peine pour travail forcé d’un enfant', 'legal'],
    ['qu’est-ce que la traite des personnes', 'legal'],
    ['art 174 code penal', 'legal'],
    ['que faire quand je trouve un enfant sur un site minier', 'action'],
    ['comment parler à un enfant victime', 'action'],
    ['how to refer a victim of trafficking', 'action'],
    ['enfant mine', 'neutral'],
  ])('%s → %s', (query, intent) => {
    expect(queryIntent(query)).toBe(intent);
  });
});
