import { describe, expect, it } from 'vitest';
import { analyse, foldText, lightStem, tokenSpans } from '../../../renderer/core/search/normalise';

// One normalisation for the index and the query: what the analyser makes of the ways people write.

describe('normalisation', () => {
  it('folds case, diacritics and ligatures', () => {
    expect(foldText('ÉLÈVE Çà Œuvre cœur Æther straße')).toBe('eleve ca oeuvre coeur aether strasse');
    expect(analyse('Forcé')).toEqual(analyse('force'));
    expect(analyse('PRÉFINANCEMENT')).toEqual(analyse('prefinancement'));
    expect(analyse('cœur')).toEqual(analyse('coeur'));
  });

  it('treats straight and typographic apostrophes alike and drops French elisions', () => {
    for (const [elided, word] of [
      ["l'enfant", 'enfant'],
      ['l’enfant', 'enfant'],
      ['d’esclavage', 'esclavage'],
      ["qu'il", ''],
      ['n’a', ''],
      ["s'engage", 'engage'],
      ['j’ai', ''],
    ]) {
      expect(analyse(elided!)).toEqual(analyse(word!));
    }
    expect(analyse('l’exploitation des enfants')).toEqual(['exploitation', 'enfant']);
  });

  it('splits words at hyphens but keeps numbers joined by one', () => {
    expect(analyse('non-sanction')).toEqual(['non', 'sanction']);
    expect(analyse('sous-traitant')).toEqual(analyse('sous traitant'));
    expect(analyse('loi 09-001')).toEqual(['loi', '09/001']);
  });

  it('keeps legal numbering intact', () => {
    expect(analyse('Loi n° 09/001')).toEqual(['loi', '09/001']);
    expect(analyse('loi 09.001')).toEqual(['loi', '09/001']);
    expect(analyse('Loi 22/067 du 26 décembre 2022')).toEqual([
      'loi',
      '22/067',
      '26',
      lightStem('decembre'),
      '2022',
    ]);
    expect(analyse('Article 174 bis')).toEqual(['art', '174bis']);
    expect(analyse('art. 174 BIS')).toEqual(['art', '174bis']);
    expect(analyse('art. 3 §2')).toEqual(['art', '3', '§2']);
    expect(analyse('art. 3 § 2')).toEqual(['art', '3', '§2']);
    expect(analyse('article 1er')).toEqual(['art', '1']);
    expect(analyse('174e C182 P29')).toEqual(['174e', 'c182', 'p29']);
    // "bis" only joins a number it follows as a word.
    expect(analyse('7 bisou')).toEqual(['7', 'bisou']);
  });

  it('writes article, articles and art. the same way', () => {
    expect(analyse('article 53')).toEqual(analyse('art. 53'));
    expect(analyse('articles 53')).toEqual(analyse('art 53'));
  });

  it('stems French plurals and feminines and English plurals, lightly', () => {
    expect(['enfants', 'enfant'].map(lightStem)).toEqual(['enfant', 'enfant']);
    expect(['forcees', 'forcee', 'forces', 'force', 'forcé'].map((w) => lightStem(foldText(w)))).toEqual([
      'forc',
      'forc',
      'forc',
      'forc',
      'forc',
    ]);
    expect(lightStem('travaux')).toBe('travail');
    expect(lightStem('penaux')).toBe('penal');
    expect(lightStem('travailleuses')).toBe('travailleur');
    expect(lightStem('exclusive')).toBe(lightStem('exclusif'));
    expect(lightStem('children')).toBe('child');
    expect(lightStem('countries')).toBe('country');
    expect(lightStem('miners')).toBe(lightStem('miner'));
    // Short words are left alone so "mes" and "me" do not collapse into one.
    expect(lightStem('mes')).toBe('mes');
  });

  it('drops stopwords in the three languages but keeps words with legal weight', () => {
    expect(analyse('le travail de la mine et des enfants')).toEqual(['travail', lightStem('mine'), 'enfant']);
    expect(analyse('the worst forms of child labour')).toEqual(['worst', 'form', 'child', 'labour']);
    expect(analyse('kazi ya watoto')).toEqual(['kazi', 'watoto']);
    expect(analyse('non ratifié, sans contrat')).toEqual([
      'non',
      lightStem('ratifie'),
      lightStem('sans'),
      'contrat',
    ]);
  });

  it('reports where each term sits in the original text', () => {
    const text = 'L’Enfant « forcé » 09-001';
    const spans = tokenSpans(text);
    expect(spans.map((s) => [s.term, text.slice(s.start, s.end)])).toEqual([
      ['enfant', 'Enfant'],
      ['forc', 'forcé'],
      ['09/001', '09-001'],
    ]);
  });

  it('indexes and queries right-to-left and other scripts as words, and ignores emoji and punctuation', () => {
    expect(analyse('العمل القسري')).toEqual(['العمل', 'القسري']);
    expect(analyse('👶⛏️💰 !!! ??? (.*)+[')).toEqual([]);
  });
});
