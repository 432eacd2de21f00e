import { describe, expect, it } from 'vitest';
import { runSearch } from '../../../renderer/core/search/searchEngine';
import { search } from '../../../renderer/core/search/searchService';
import { corpusEngine } from './corpus';

const engine = corpusEngine();
const ids = (query: string, options = {}) =>
  search(engine, query, { complete: false, ...options }).hits.map((h) => h.id);
const first = (query: string, options = {}) => ids(query, options)[0];

describe('article references', () => {
  it.each([
    ['art. 53 loi 09/001', 'loi-09-001/art-53'],
    ['article 53 de la loi 09-001', 'loi-09-001/art-53'],
    ['Art 53 Loi n° 09.001', 'loi-09-001/art-53'],
    ['09/001 53', 'loi-09-001/art-53'],
    ['Law 09/001 article 2', 'loi-09-001/art-2'],
    ['C182 art 3', 'oit-c182/art-3'],
    ['convention 182 article 4', 'oit-c182/art-4'],
    ['Palerme art 3', 'protocole-palerme/art-3'],
    ['palermo protocol article 5', 'protocole-palerme/art-5'],
    ['174e', 'code-penal/art-174e'],
    ['code pénal art. 174 bis', 'code-penal/art-174-bis'],
  ])('%s → %s first', (query, id) => {
    expect(first(query)).toBe(id);
    expect(search(engine, query).hits[0]?.pinned).toBe(true);
  });

  it('lets an article number alone rank every article with that number first', () => {
    const top = ids('art. 3').slice(0, 2).sort();
    expect(top).toEqual(['oit-c182/art-3', 'protocole-palerme/art-3']);
  });

  it('lists a law and its articles when only the law is named', () => {
    expect(ids('loi 09/001').slice(0, 4)).toEqual([
      'loi-09-001',
      'loi-09-001/art-2',
      'loi-09-001/art-53',
      'loi-09-001/art-162',
    ]);
  });
});

describe('full text', () => {
  it('finds a provision written in one language from a query in another (thesaurus)', () => {
    expect(ids('forced labour')).toContain('oit-c182/art-3');
    expect(ids('mtoto')).toContain('loi-09-001/art-2');
    expect(first('biashara ya binadamu')).toBeDefined();
    expect(ids('trafficking')).toContain('protocole-palerme/art-3');
    expect(ids('digger prefinancing')[0]).toBe('indic/servitude-dettes');
    expect(ids('creuseur avance')[0]).toBe('indic/servitude-dettes');
  });

  it('forgives one typo in words of five letters or more, not in shorter ones', () => {
    expect(ids('esclavge sexuel')[0]).toBe('code-penal/art-174e');
    expect(ids('servitdue')).toContain('indic/servitude-dettes');
    expect(ids('jgue')).toEqual([]);
  });

  it('completes the word being typed, and only that one', () => {
    expect(search(engine, 'esclav').hits.map((h) => h.id)).toContain('code-penal/art-174e');
    expect(ids('esclav', { complete: false })).toEqual([]);
  });

  it('keeps quoted phrases as phrases', () => {
    expect(ids('"pires formes"').sort()).toEqual(['loi-09-001/art-53', 'oit-c182/art-3']);
    expect(ids('"formes pires"')).toEqual([]);
  });

  it('excludes -words', () => {
    expect(ids('pires formes')).toContain('oit-c182/art-3');
    expect(ids('pires formes -esclavage')).not.toContain('oit-c182/art-3');
    expect(ids('pires formes -esclavage')).toContain('loi-09-001/art-53');
  });

  it('filters by kind, jurisdiction and language, from options or from the query', () => {
    expect(ids('esclavage', { kind: 'indicators' })).toEqual([]);
    expect(ids('dettes', { kind: 'indicators' })).toEqual(['indic/servitude-dettes']);
    expect(ids('type:indicateur dettes')).toEqual(['indic/servitude-dettes']);
    expect(ids('pires formes', { jurisdiction: 'RDC' })).toEqual(['loi-09-001/art-53']);
    expect(ids('juridiction:international pires formes')).toEqual(['oit-c182/art-3']);
    expect(ids('mkopo', { lang: 'sw' })).toEqual(['indic/servitude-dettes']);
    expect(ids('menaces', { lang: 'en' })).toEqual(['protocole-palerme/art-3']);
    expect(ids('menaces', { lang: 'sw' })).toEqual([]);
  });

  it('groups hits by document, in the order of each document’s best hit', () => {
    const response = search(engine, 'pires formes travail enfants', { complete: false });
    expect(response.groups.map((g) => g.docId)).toEqual([...new Set(response.hits.map((h) => h.docId))]);
    for (const g of response.groups) expect(g.hits.every((h) => h.docId === g.docId)).toBe(true);
  });

  it('falls back to partial matches, and says so, when no record has every word', () => {
    const result = runSearch(engine, 'esclavage zzzinconnu', { complete: false });
    expect(result.partial).toBe(true);
    expect(result.hits.length).toBeGreaterThan(0);
  });
});

describe('hostile input', () => {
  const inputs = [
    '',
    ' ',
    'a'.repeat(10_000),
    'enfant '.repeat(2_000),
    '!!! ??? ... ;;; ,,,',
    '(.*)+[a-z]{2,}$^\\d\\',
    '"travail forcé',
    '"""',
    '-',
    '-"',
    'العمل القسري للأطفال',
    'עבודת כפייה',
    '👶⛏️💰 🙂',
    '\u202e\u200f\u0000',
    '<script>alert(1)</script>',
    'type: juridiction: langue:',
  ];

  it.each(inputs.map((q) => [q.slice(0, 40), q]))('%s: answers without throwing', (_label, query) => {
    const response = search(engine, query);
    expect(Array.isArray(response.hits)).toBe(true);
    expect(response.total).toBeGreaterThanOrEqual(response.hits.length);
  });

  it('gives sensible answers: nothing for noise, the words for a long paste', () => {
    expect(search(engine, '').hits).toEqual([]);
    expect(search(engine, '!!! ???').hits).toEqual([]);
    expect(search(engine, '👶⛏️💰').hits).toEqual([]);
    expect(search(engine, 'enfant '.repeat(2_000)).hits.length).toBeGreaterThan(0);
    expect(search(engine, '"travail forcé').hits.map((h) => h.id)).toContain('oit-c182/art-3');
  });
});
