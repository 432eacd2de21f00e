import { describe, expect, it } from 'vitest';
import { contentReport } from '../../../build/content/contentReport';
import type { Entry } from '../../../renderer/core/content/types';
import { compileValid } from './packHelpers';

const compiled = compileValid();
const entry = (id: string): Entry => {
  const e = compiled.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
const doc = (id: string) => compiled.documents.find((d) => d.id === id);

describe('the compiled model', () => {
  it('gives each article a full id, its number and a French-style citation', () => {
    const art = entry('loi-test/art-2-bis');
    expect(art).toMatchObject({
      docId: 'loi-test',
      kind: 'article',
      number: '2 bis',
      heading: 'Article 2 bis',
      citation: "Loi fictive n° 00/001 portant protection de l'enfant, art. 2 bis",
      penalty: { min: '5 ans', max: '10 ans' },
    });
    expect(entry('loi-test-mod/art-1').number).toBe('1er');
  });

  it('turns cross-references into links, with the given label or a generated one', () => {
    expect(entry('loi-test/art-2-bis').text.fr).toBe(
      "L'exploitation des enfants dans les mines est interdite ; voir [l'article premier](#/doc/loi-test/art-1) et [Convention fictive](#/doc/conv-test).",
    );
    // The English text gets the English short name.
    expect(entry('loi-test/art-2-bis').text.en).toContain('[Law 00/001, art. 1](#/doc/loi-test/art-1)');
    expect(doc('loi-test')?.summary?.fr).toContain('[Convention fictive, art. 3](#/doc/conv-test/art-3)');
  });

  it('makes related provisions symmetric', () => {
    expect(entry('loi-test/art-1').related).toEqual(['conv-test/art-3']);
    expect(entry('conv-test/art-3').related).toEqual(['loi-test/art-1']);
  });

  it('makes amends / amendedBy symmetric', () => {
    expect(doc('loi-test')?.amendedBy).toEqual(['loi-test-mod']);
    expect(doc('loi-test-mod')?.amends).toEqual(['loi-test']);
  });

  it('links indicators to provisions and referral steps, and back', () => {
    expect(entry('ind-test/menaces')).toMatchObject({
      kind: 'indicator',
      dimension: 'contrainte',
      strength: 'strong',
      audience: 'both',
      provisions: ['loi-test/art-3'],
      referral: ['guide-test/etape-1'],
      questions: { fr: ['Que se passe-t-il si vous voulez partir ?'] },
    });
    expect(entry('loi-test/art-3').indicators).toEqual(['ind-test/menaces']);
    expect(entry('guide-test/etape-1').indicators).toEqual(['ind-test/menaces']);
    expect(doc('ind-test')?.dimensions).toEqual([{ id: 'contrainte', label: { fr: 'Contrainte', en: 'Coercion' } }]);
  });

  it('keeps the heading tree and each entry’s path', () => {
    expect(entry('loi-test/art-1').path).toEqual(['Titre I — Dispositions générales', 'Chapitre 1 — Définitions']);
    expect(entry('loi-test/art-3').path).toEqual(['Titre II — Peines']);
    const outline = doc('loi-test')?.outline;
    expect(outline?.map((n) => (n.type === 'heading' ? n.title : n.id))).toEqual([
      'Titre I — Dispositions générales',
      'Titre II — Peines',
    ]);
    const titre2 = outline?.[1];
    expect(titre2).toEqual({
      type: 'heading',
      title: 'Titre II — Peines',
      depth: 1,
      text: "Texte d'introduction du titre II.",
      children: [{ type: 'entry', id: 'loi-test/art-3' }],
    });
    expect(doc('loi-test')?.entryIds).toEqual(['loi-test/art-1', 'loi-test/art-2-bis', 'loi-test/art-3']);
  });

  it('resolves entry sources to their labels and carries level, publisher and nature', () => {
    expect(entry('loi-test/art-1')).toMatchObject({
      verification: { status: 'officiel' },
      nature: 'resume',
      sources: [
        {
          id: 'jo',
          label: 'Journal officiel fictif',
          type: 'official',
          publisher: 'Journal officiel fictif',
          publication: 'JO fictif, numéro spécial, 12 janvier 2000, col. 3',
        },
      ],
    });
    expect(entry('loi-test/art-3')).toMatchObject({
      verification: { status: 'concordant' },
      sources: [{ publisher: 'Journal officiel fictif' }, { publisher: 'Éditeur fictif', url: 'https://example.org/loi-test' }],
    });
    expect(entry('loi-test/art-2-bis').verification).toEqual({ status: 'a-verifier', note: 'Numéro à confirmer.' });
  });

  it('gives roles to directory entries and kinds by document kind', () => {
    expect(entry('acteurs-test/police-enfant')).toMatchObject({ kind: 'actor', role: 'police' });
    expect(entry('guide-test/etape-1').kind).toBe('step');
  });
});

describe('content:report', () => {
  it('counts documents, entries, levels and natures and lists every open note', () => {
    const report = contentReport(compiled);
    expect(report.documents).toBe(6);
    expect(report.byKind.law).toEqual({ documents: 3, entries: 5 });
    expect(report.articles).toEqual({ total: 5, officiel: 1, concordant: 1, 'a-verifier': 3 });
    expect(report.levels).toEqual({ officiel: 1, concordant: 1, 'a-verifier': 6 });
    expect(report.natures).toEqual({ resume: 8, texte: 0 });
    expect(report.indicators).toBe(1);
    const loi = report.perDocument.find((d) => d.id === 'loi-test');
    expect(loi).toMatchObject({ kind: 'law', articles: 3, entries: 3 });
    expect(loi?.openNotes).toEqual([
      { id: 'loi-test', note: 'Fixture de test.' },
      { id: 'loi-test/art-2-bis', note: 'Numéro à confirmer.' },
    ]);
  });
});
