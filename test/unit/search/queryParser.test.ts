import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, parseQuery } from '../../../renderer/core/search/queryParser';

describe('query parsing', () => {
  it('analyses free terms like the index does', () => {
    expect(parseQuery('Travail forcé des enfants').terms).toEqual(['travail', 'forc', 'enfant']);
  });

  it('keeps quoted phrases, straight or typographic', () => {
    expect(parseQuery('"servitude pour dettes" creuseur').phrases).toEqual([['servitud', 'dett']]);
    expect(parseQuery('« travail forcé »').phrases).toEqual([['travail', 'forc']]);
    expect(parseQuery('“worst forms”').phrases).toEqual([['worst', 'form']]);
    expect(parseQuery('"servitude pour dettes" creuseur').terms).toEqual(['creuseur']);
  });

  it('excludes -words and -"phrases", but not negative-looking numbers', () => {
    const q = parseQuery('travail -convention -"travail forcé" 09/001');
    expect(q.terms).toEqual(['travail', '09/001']);
    expect(q.excludes).toEqual([['convention'], ['travail', 'forc']]);
    expect(parseQuery('art -3').excludes).toEqual([]);
  });

  it('reads inline filters for type, jurisdiction and language in French and English', () => {
    expect(parseQuery('type:loi dette').filters).toEqual({ kind: 'law' });
    expect(parseQuery('type:indicateur juridiction:rdc langue:sw deni')).toMatchObject({
      filters: { kind: 'indicators', jurisdiction: 'RDC', lang: 'sw' },
      terms: ['deni'],
    });
    expect(parseQuery('kind:guideline jurisdiction:international lang:en').filters).toEqual({
      kind: 'guideline',
      jurisdiction: 'international',
      lang: 'en',
    });
    // An unknown value is ordinary text.
    expect(parseQuery('type:roman').filters).toEqual({});
  });

  it('drops an unbalanced quote instead of failing', () => {
    const q = parseQuery('"travail forcé');
    expect(q.phrases).toEqual([]);
    expect(q.terms).toEqual(['travail', 'forc']);
    expect(parseQuery('enfant "travail forcé" "dette').phrases).toEqual([['travail', 'forc']]);
    expect(parseQuery('enfant "travail forcé" "dette').terms).toEqual(['enfant', 'dett']);
  });

  it('says whether the last word may still be being typed', () => {
    expect(parseQuery('travail for').lastTermOpen).toBe(true);
    expect(parseQuery('travail for ').lastTermOpen).toBe(false);
    expect(parseQuery('"travail forcé"').lastTermOpen).toBe(false);
    expect(parseQuery('dette -convention').lastTermOpen).toBe(false);
  });

  it('bounds what it reads, so a pasted page cannot stall a keystroke', () => {
    const q = parseQuery('enfant '.repeat(5000));
    expect(q.terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    expect(parseQuery(`${'z'.repeat(MAX_QUERY_CHARS)} enfant`).terms).toEqual(['z'.repeat(MAX_QUERY_CHARS)]);
  });

  it('answers hostile input with an empty or plain parse', () => {
    for (const input of [
      '',
      '   ',
      '!!!',
      '(.*)+[a-z]{2,}$^',
      '"""',
      '-',
      '--',
      '-"',
      'type: juridiction:',
      '\u202e\u200f\u0000',
      '👶⛏️💰',
    ]) {
      const q = parseQuery(input);
      expect(q.phrases.every((p) => p.length > 0)).toBe(true);
      expect(q.excludes.every((p) => p.length > 0)).toBe(true);
    }
    expect(parseQuery('العمل القسري').terms).toEqual(['العمل', 'القسري']);
  });
});
