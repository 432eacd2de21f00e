import type { ContentDocument, Entry } from '../../../renderer/core/content/types';
import type { CitationWords } from '../../../renderer/core/library/citation';
import { LANGUAGES, mapValues } from '../../../renderer/core/vocabulary';
import { translate } from '../../../renderer/ui/i18n/translate';

// Small hand-built documents: the unit tests must not depend on the content being written now.

export function makeDocument(overrides: Partial<ContentDocument> = {}): ContentDocument {
  return {
    id: 'loi-09-001',
    kind: 'law',
    title: { fr: "Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant", en: 'Law No. 09/001' },
    shortName: { fr: 'Loi 09/001', en: 'Law 09/001' },
    citation: "Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant",
    jurisdiction: 'RDC',
    number: '09/001',
    aliases: ['LPE'],
    dates: { adopted: '2009-01-10' },
    status: 'en-vigueur',
    amends: [],
    amendedBy: [],
    sources: [
      { id: 'jo', label: 'Journal officiel', type: 'official', publisher: 'Journal officiel de la RDC' },
    ],
    verification: { status: 'officiel' },
    tags: [],
    languages: ['fr', 'en'],
    validAsOf: '2026-03-01',
    outline: [
      { type: 'heading', title: 'Titre I', depth: 1, children: [{ type: 'entry', id: 'loi-09-001/art-1' }] },
      {
        type: 'heading',
        title: 'Titre II',
        depth: 1,
        children: [
          {
            type: 'heading',
            title: 'Chapitre 1',
            depth: 2,
            children: [{ type: 'entry', id: 'loi-09-001/art-53' }],
          },
        ],
      },
    ],
    entryIds: ['loi-09-001/art-1', 'loi-09-001/art-53', 'loi-09-001/art-54'],
    ...overrides,
  };
}

export function makeEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'loi-09-001/art-53',
    docId: 'loi-09-001',
    kind: 'article',
    number: '53',
    heading: 'Article 53',
    citation: "Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant, art. 53",
    text: {
      fr: 'Sont interdites les **pires formes** de travail des enfants ([Convention 182, art. 3](#/doc/oit-c182/art-3)).',
    },
    path: ['Titre II'],
    nature: 'resume',
    verification: { status: 'a-verifier', note: 'Numéro à confirmer au Journal officiel.' },
    sources: [],
    related: [],
    tags: [],
    ...overrides,
  };
}

export const FRENCH_WORDS: CitationWords = {
  lang: 'fr',
  provenance: 'Dalili, bibliothèque v{version} à jour au {date}',
  officiel: 'niveau : officiel',
  concordant: 'niveau : concordant',
  toVerify: 'niveau : à vérifier',
  natureLine: {
    resume: 'Résumé Dalili, pas le texte officiel : vérifier au Journal officiel avant de citer.',
    texte: 'Texte officiel saisi par un bureau.',
  },
  verificationLine: 'À vérifier : {note}',
  sourceLine: 'Source : {citation}',
  translationNote: 'Texte lu en {lang} ; la version française fait référence.',
  languageNames: mapValues(LANGUAGES, (l) => translate('fr', `library.languageName.${l}`)),
  keyedLine: 'Saisi par {keyedBy} le {keyedOn} ; vérifié par {verifiedBy} le {verifiedOn}.',
  versionSpan: 'version en vigueur du {from} au {until}',
  versionSince: 'version en vigueur depuis le {from}',
  madeByLine: 'Version issue de : {madeBy}',
};
