import { buildCorpusIndex } from '../../../renderer/core/search/corpusIndex';
import { createSearchEngine, type SearchEngine } from '../../../renderer/core/search/searchEngine';
import type { SearchRecord } from '../../../renderer/core/search/searchRecords';
import { LANGUAGES, mapValues } from '../../../renderer/core/vocabulary';

/** A record's texts, empty in every language of the vocabulary: tests then write only the ones they use. */
export const NO_TEXT: Readonly<SearchRecord['text']> = mapValues(LANGUAGES, () => '');

// A small, stable corpus shaped like the real library (which keeps changing): laws cited by number,
// code and city, an indicator and a guideline step, in three languages.

type Doc = Pick<SearchRecord, 'id' | 'docKind' | 'jurisdiction'> & { aliases: string[]; title: string };
type Art = {
  docId: string;
  entry: string;
  number?: string;
  heading?: string;
  fr: string;
  en?: string;
  sw?: string;
  kind?: SearchRecord['kind'];
};

const DOCS: Doc[] = [
  {
    id: 'loi-09-001',
    docKind: 'law',
    jurisdiction: 'RDC',
    title: 'Loi n° 09/001 portant protection de l’enfant',
    aliases: ['Loi 09/001', 'Law 09/001', '09/001', 'loi 09/001', 'LPE'],
  },
  {
    id: 'oit-c182',
    docKind: 'law',
    jurisdiction: 'international',
    title: 'Convention (n° 182) sur les pires formes de travail des enfants',
    aliases: ['Convention OIT n° 182', 'ILO C182', '182', 'C182', 'convention 182'],
  },
  {
    id: 'protocole-palerme',
    docKind: 'law',
    jurisdiction: 'international',
    title: 'Protocole additionnel … (Protocole de Palerme)',
    aliases: ['Protocole de Palerme', 'Palermo Protocol', 'protocole traite'],
  },
  {
    id: 'code-penal',
    docKind: 'law',
    jurisdiction: 'RDC',
    title: 'Code pénal congolais',
    aliases: ['Code pénal', 'Penal Code', 'code penal congolais'],
  },
  {
    id: 'indic',
    docKind: 'indicators',
    jurisdiction: 'international',
    title: 'Indicateurs du travail forcé',
    aliases: ['indicateurs OIT'],
  },
  {
    id: 'orient',
    docKind: 'guideline',
    jurisdiction: 'RDC',
    title: 'Orientation des enfants',
    aliases: ['orientation enfants'],
  },
];

const ENTRIES: Art[] = [
  {
    docId: 'loi-09-001',
    entry: 'art-2',
    number: '2',
    fr: 'Est un enfant toute personne âgée de moins de 18 ans.',
    en: 'A child is any person under 18.',
    sw: 'Mtoto ni mtu yeyote chini ya miaka 18.',
  },
  {
    docId: 'loi-09-001',
    entry: 'art-53',
    number: '53',
    fr: 'Interdit les pires formes de travail des enfants, dont la servitude pour dettes.',
    en: 'Prohibits the worst forms of child labour.',
  },
  {
    docId: 'loi-09-001',
    entry: 'art-162',
    number: '162',
    fr: 'Punit la traite ou la vente d’enfant de dix à vingt ans de servitude pénale.',
    sw: 'Biashara ya binadamu inayohusu watoto inaadhibiwa.',
  },
  {
    docId: 'oit-c182',
    entry: 'art-3',
    number: '3',
    fr: 'Les pires formes de travail des enfants comprennent l’esclavage et le travail forcé.',
    en: 'The worst forms of child labour comprise slavery and forced labour.',
  },
  {
    docId: 'oit-c182',
    entry: 'art-4',
    number: '4',
    fr: 'Les types de travail dangereux sont déterminés par la législation nationale.',
  },
  {
    docId: 'protocole-palerme',
    entry: 'art-3',
    number: '3',
    fr: 'Définitions. La traite des personnes désigne le recrutement et le transport par la menace.',
    en: 'Trafficking in persons means the recruitment by threat.',
  },
  {
    docId: 'protocole-palerme',
    entry: 'art-5',
    number: '5',
    fr: 'Incrimination : chaque État érige la traite en infraction.',
  },
  {
    docId: 'code-penal',
    entry: 'art-174e',
    number: '174e',
    fr: 'Esclavage sexuel : exercer sur une personne un droit de propriété.',
  },
  {
    docId: 'code-penal',
    entry: 'art-174-bis',
    number: '174 bis',
    fr: 'Disposition fictive numérotée avec bis.',
  },
  {
    docId: 'indic',
    entry: 'servitude-dettes',
    heading: 'Servitude pour dettes',
    kind: 'indicator',
    fr: 'Les creuseurs reçoivent une avance de préfinancement et ne peuvent partir.',
    en: 'Diggers receive an advance and cannot leave.',
    sw: 'Wachimbaji wanapokea mkopo.',
  },
  {
    docId: 'indic',
    entry: 'menaces',
    heading: 'Intimidation et menaces',
    kind: 'indicator',
    fr: 'Menaces contre la personne ou sa famille.',
  },
  {
    docId: 'orient',
    entry: 'juge',
    heading: 'Juge pour enfants',
    kind: 'step',
    fr: 'Le tribunal pour enfants juge les mineurs <script>alert(1)</script> en chambre.',
  },
];

export const corpusRecords = (): SearchRecord[] => [
  ...DOCS.map((d) => ({
    id: d.id,
    docId: d.id,
    kind: 'document' as const,
    docKind: d.docKind,
    jurisdiction: d.jurisdiction,
    citation: d.title,
    heading: d.title,
    names: [d.title, ...d.aliases].join(' ; '),
    aliases: d.aliases,
    text: NO_TEXT,
  })),
  ...ENTRIES.map((e) => {
    const doc = DOCS.find((d) => d.id === e.docId)!;
    const heading = e.heading ?? `Article ${e.number ?? ''}`;
    return {
      id: `${e.docId}/${e.entry}`,
      docId: e.docId,
      kind: e.kind ?? ('article' as const),
      docKind: doc.docKind,
      jurisdiction: doc.jurisdiction,
      ...(e.number ? { number: e.number } : {}),
      citation: e.number ? `${doc.title}, art. ${e.number}` : `${doc.title}, ${heading}`,
      heading,
      names: e.number ? `${heading} ; art. ${e.number}` : heading,
      text: { ...NO_TEXT, fr: e.fr, en: e.en ?? '', sw: e.sw ?? '' },
    };
  }),
];

export const corpusEngine = (): SearchEngine => {
  const records = corpusRecords();
  return createSearchEngine(buildCorpusIndex(records), records);
};
