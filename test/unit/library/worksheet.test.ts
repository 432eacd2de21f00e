import { describe, expect, it } from 'vitest';
import { checkText, worksheetRows, worksheetText } from '../../../renderer/core/library/worksheet';
import { translate } from '../../../renderer/ui/i18n/translate';
import { worksheetWords } from '../../../renderer/ui/library/worksheetWords';
import { makeDocument, makeEntry } from './fixtures';

const words = worksheetWords((key) => translate('fr', key));

describe('verification worksheet', () => {
  it('lists, per entry, the citation, the level, Dalili’s summary as plain text and what to check', () => {
    const entry = makeEntry({
      penalty: { min: '5 ans', max: '20 ans', fine: '100 000 FC' },
      sources: [{ id: 'x', label: 'Reproduction', type: 'secondary', publisher: 'leganet.cd' }],
    });
    const [row] = worksheetRows([entry]);
    expect(row).toMatchObject({
      citation: "Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant, art. 53",
      level: 'a-verifier',
      summary: 'Sont interdites les pires formes de travail des enfants (Convention 182, art. 3).',
      sources: ['Reproduction (leganet.cd)'],
    });
    expect(row?.checks.map((c) => checkText(c, words))).toEqual([
      'le numéro de l’article et sa place dans le texte',
      'la règle : le résumé dit-il ce que dit le texte officiel, sans rien ajouter ?',
      'les peines indiquées : 5 ans ; 20 ans ; 100 000 FC',
      'le point ouvert : Numéro à confirmer au Journal officiel.',
    ]);
  });

  it('writes a sheet with blank lines for the JO reference and the initials, and never calls the summary the official text', () => {
    const text = worksheetText(
      makeDocument(),
      worksheetRows([
        makeEntry(),
        makeEntry({
          id: 'loi-09-001/art-54',
          number: '54',
          citation: 'Loi, art. 54',
          verification: { status: 'concordant' },
        }),
      ]),
      words,
    );
    expect(text.split('\n')[0]).toBe(
      "# Fiche de vérification — Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant",
    );
    expect(
      text.match(/^Référence au Journal officiel \(numéro, date, colonne ou page\) : _{20,}$/gm),
    ).toHaveLength(2);
    expect(text.match(/^Vérifié par \(initiales\) : _+ {3}Date : _+$/gm)).toHaveLength(2);
    expect(text).toContain('Résumé Dalili (pas le texte officiel) :');
    expect(text).toContain('Niveau actuel : Concordant');
    expect(text).toContain(
      '> Sont interdites les pires formes de travail des enfants (Convention 182, art. 3).',
    );
    expect(text).toContain('- [ ] le point ouvert : Numéro à confirmer au Journal officiel.');
  });
});
