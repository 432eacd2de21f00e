import { describe, expect, it } from 'vitest';
import { articleCopyText, citationWithStamp, legalCitation } from '../../../renderer/core/library/citation';
import { formatDate } from '../../../renderer/core/library/formatDate';
import { translate } from '../../../renderer/ui/i18n/translate';
import { FRENCH_WORDS, makeDocument, makeEntry } from './fixtures';

const stamp = { packVersion: 3, validAsOf: '2026-03-01' };

describe('citation formatting', () => {
  it('cites an article in French legal style, as the pack gives it', () => {
    expect(legalCitation(makeEntry())).toBe(
      "Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant, art. 53",
    );
  });

  it('cites a whole document by its own citation and never breaks a citation across lines', () => {
    expect(legalCitation(makeDocument({ citation: 'Code du travail,\n  loi n° 015/2002' }))).toBe(
      'Code du travail, loi n° 015/2002',
    );
  });

  it('adds where the text was read (pack version, date with "1er") and its verification level', () => {
    expect(citationWithStamp(makeEntry(), stamp, FRENCH_WORDS)).toBe(
      "Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant, art. 53 (Dalili, bibliothèque v3 à jour au 1er mars 2026 ; niveau : à vérifier)",
    );
    expect(citationWithStamp(makeDocument(), { packVersion: 4, validAsOf: '2026-11-29' }, FRENCH_WORDS)).toBe(
      "Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant (Dalili, bibliothèque v4 à jour au 29 novembre 2026 ; niveau : officiel)",
    );
    const concordant = makeEntry({ verification: { status: 'concordant' } });
    expect(citationWithStamp(concordant, stamp, FRENCH_WORDS)).toMatch(/; niveau : concordant\)$/);
  });

  it('builds the same citation from the real catalogue strings', () => {
    const words = {
      ...FRENCH_WORDS,
      provenance: translate('fr', 'library.cite.provenance'),
      toVerify: translate('fr', 'library.cite.toVerify'),
      natureLine: { ...FRENCH_WORDS.natureLine, resume: translate('fr', 'library.nature.explain.resume') },
    };
    expect(citationWithStamp(makeEntry(), stamp, words)).toContain(
      '(Dalili, bibliothèque v3 à jour au 1er mars 2026 ; niveau : à vérifier)',
    );
    expect(articleCopyText(makeEntry(), 'fr', stamp, words).split('\n')[0]).toBe(
      '[Résumé Dalili, pas le texte officiel : vérifier au Journal officiel avant de citer.]',
    );
  });

  it("copies an article as plain text marked as Dalili's summary, with its stamped citation and what remains to verify", () => {
    const text = articleCopyText(makeEntry(), 'fr', stamp, FRENCH_WORDS);
    expect(text).toBe(
      [
        '[Résumé Dalili, pas le texte officiel : vérifier au Journal officiel avant de citer.]',
        '',
        'Article 53',
        '',
        'Sont interdites les pires formes de travail des enfants (Convention 182, art. 3).',
        '',
        "Source : Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant, art. 53 (Dalili, bibliothèque v3 à jour au 1er mars 2026 ; niveau : à vérifier)",
        'À vérifier : Numéro à confirmer au Journal officiel.',
      ].join('\n'),
    );
  });

  it('says when the copied text is a translation, and falls back to French without claiming one', () => {
    const entry = makeEntry({ text: { fr: 'Texte.', en: 'Text.' }, verification: { status: 'officiel' } });
    expect(articleCopyText(entry, 'en', stamp, FRENCH_WORDS)).toContain(
      'Texte lu en anglais ; la version française fait référence.',
    );
    const frenchOnly = articleCopyText(makeEntry({ text: { fr: 'Texte.' } }), 'sw', stamp, FRENCH_WORDS);
    expect(frenchOnly).toContain('Texte.');
    expect(frenchOnly).not.toContain('Texte lu en');
  });

  it('formats dates in three languages and leaves non-dates alone', () => {
    expect(formatDate('2009-01-10', 'fr')).toBe('10 janvier 2009');
    expect(formatDate('2009-01-01', 'fr')).toBe('1er janvier 2009');
    expect(formatDate('2009-01-01', 'en')).toBe('1 January 2009');
    expect(formatDate('2009-08-15', 'sw')).toBe('15 Agosti 2009');
    expect(formatDate('inconnue', 'fr')).toBe('inconnue');
    expect(formatDate('2009-13-01', 'fr')).toBe('2009-13-01');
  });
});
