// The in-memory search inside cases: prefixes, accents, every word required, single letters
// (initials) exact, and an edited case no longer found by its old words.
import { describe, expect, it } from 'vitest';
import { createCaseIndex, tokenize } from '../../../renderer/core/cases/caseIndex';

describe('case index', () => {
  it('matches prefixes of every query word, accent-insensitive', () => {
    const index = createCaseIndex();
    index.replace('a', tokenize('Enfants au puits de cassitérite, Rubaya'));
    index.replace('b', tokenize('Carte d’électeur confisquée par le négociant'));
    index.replace('c', tokenize('V-01 K. M. négociant'));
    expect(index.search('NEGOC')?.ids()).toEqual(['b', 'c']);
    expect(index.search('negociant electeur')?.ids()).toEqual(['b']);
    expect(index.search('k m')?.ids()).toEqual(['c']);
    // "c" alone is an initial, not a prefix of "carte" or "cassiterite".
    expect(index.search('c')?.ids()).toEqual([]);
    expect(index.search('   ')).toBeNull();
  });

  it('forgets the old words of an edited case', () => {
    const index = createCaseIndex();
    index.replace('a', tokenize('Walikale Bisie'));
    index.replace('a', tokenize('Masisi Rubaya'));
    expect(index.search('bisie')?.size).toBe(0);
    expect(index.search('rubaya')?.ids()).toEqual(['a']);
    expect(index.size).toBe(1);
  });

  it('handles more than 32 cases (several bitset words)', () => {
    const index = createCaseIndex();
    for (let i = 0; i < 100; i++)
      index.replace(`case${i}`, tokenize(i % 7 === 0 ? 'dette salaire' : 'salaire'));
    const found = index.search('dette sal');
    expect(found?.size).toBe(15);
    expect(found?.has('case98')).toBe(true);
    expect(found?.has('case97')).toBe(false);
  });
});

describe('cases added from a list snapshot bucket (issue 18, point 9)', () => {
  const A = 'a'.repeat(32);
  const B = 'b'.repeat(32);
  it('are found by their inverted words, only where taken, and an edit drops their old words', () => {
    const index = createCaseIndex();
    // Bucket: A has "bisie enfant", B has "enfant rubaya"; B is not taken (read from its record instead).
    index.addInverted([A, B], ['bisie', 'enfant', 'rubaya'], [[0], [0, 1], [1]], [true, false]);
    expect(index.search('enfant')?.ids()).toEqual([A]);
    expect(index.search('rubaya')?.size).toBe(0);
    index.replace(B, ['rubaya']);
    index.replace(A, ['kamituga']);
    expect(index.search('bisie')?.size).toBe(0);
    expect(index.search('enf')?.size).toBe(0);
    expect(index.search('kamituga')?.ids()).toEqual([A]);
    expect(index.search('rubaya')?.ids()).toEqual([B]);
    expect(index.size).toBe(2);
  });
});
