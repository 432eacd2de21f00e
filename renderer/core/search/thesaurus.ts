import { analyse } from './analyzer';

// A small fr / en / sw legal thesaurus: each line is one notion, its wordings separated by "|". A query
// that uses any wording also looks for the others, so a Swahili or English query finds a provision
// written in French and the reverse. Wordings go through the analyser, so write them naturally.
const GROUPS = [
  'enfant | mineur | child | minor | juvenile | mtoto | watoto',
  'travail forcé | travail obligatoire | forced labour | forced labor | compulsory labour | kazi ya kulazimishwa | kazi ya shuruti',
  'traite | traite des personnes | trafficking | human trafficking | trafficking in persons | biashara ya binadamu | usafirishaji haramu wa binadamu',
  'creuseur | exploitant artisanal | digger | artisanal miner | mchimbaji | wachimbaji',
  'préfinancement | avance | dette | servitude pour dettes | prefinancing | advance | debt | debt bondage | deni | mkopo | utumwa wa deni',
  'travail des enfants | child labour | child labor | kazi ya watoto',
  'pires formes | worst forms | aina mbaya zaidi',
  'exploitation sexuelle | prostitution | sexual exploitation | unyonyaji wa kingono | ukahaba',
  'violence sexuelle | viol | sexual violence | rape | ukatili wa kingono | ubakaji',
  'mine | site minier | carrière | mining site | mgodi | migodi | machimbo',
  'minerai | ore | mineral | madini',
  'esclavage | slavery | utumwa',
  'recrutement | recruitment | kuandikisha',
  'menace | threat | vitisho',
  'pièce d’identité | papiers d’identité | papiers | document d’identité | carte d’identité | carte d’électeur | identity document | identity papers | passport | passeport | kitambulisho | vitambulisho',
  'rétention | confiscation | confisquer | retenir | withholding | retention | kunyang’anywa',
  'forcé | contraint | obligé | forced | compelled | coerced | kulazimishwa | kwa nguvu',
  'définition | définit | désigne | s’entend | definition | means | maana | tafsiri',
  'enfant soldat | enfant associé aux forces et groupes armés | enrôlement d’enfants | enfants enrôlés | child soldier | children associated with armed forces | recruitment of children | mtoto askari | watoto askari',
  'salaire | rémunération | wage | salary | pay | mshahara',
  'victime | victim | mwathiriwa | waathiriwa',
  'peine | sanction | servitude pénale | puni | punit | emprisonnement | penalty | punishment | imprisonment | adhabu | kifungo',
  'amende | fine | faini',
  'groupe armé | armed group | kundi la silaha | vikundi vyenye silaha',
  'âge minimum | minimum age | umri wa chini',
  'juge | magistrat | judge | hakimu',
  'tribunal pour enfants | children’s court | mahakama ya watoto',
  'école | scolarité | school | shule',
  'consentement | consent | ridhaa',
  'enlèvement | abduction | kidnapping | utekaji',
  'vente | sale | kuuza',
  'tromperie | tromper | trompé | trompent | deception | deceived | udanganyifu',
  // Verb forms the light stemmer does not join to the noun an indicator or a heading uses (issue 15).
  'taxe | taxer | taxent | droit de passage | tax | taxing | kodi',
  'champ d’application | applicable | s’applique | scope | applies',
  'homme armé | militaire | soldat | armed man | soldier | military',
  'travail dangereux | travaux dangereux | hazardous work | kazi ya hatari | kazi za hatari',
  'inspection du travail | labour inspection | ukaguzi wa kazi',
  'orientation | référencement | referral | rufaa',
];

export interface ThesaurusGroup {
  /** Each wording as analysed terms; a wording matches when all its terms are present. */
  wordings: string[][];
}

const compile = (lines: readonly string[]): ThesaurusGroup[] =>
  lines.map((line) => ({
    wordings: line
      .split('|')
      .map((w) => analyse(w))
      .filter((w) => w.length > 0),
  }));

export const THESAURUS: readonly ThesaurusGroup[] = compile(GROUPS);

// Index: first term of a wording → the wordings starting with it, longest first (longest match wins).
const byFirstTerm = new Map<string, { wording: string[]; group: ThesaurusGroup }[]>();
for (const group of THESAURUS) {
  for (const wording of group.wordings) {
    const first = wording[0]!;
    const list = byFirstTerm.get(first) ?? [];
    list.push({ wording, group });
    list.sort((a, b) => b.wording.length - a.wording.length);
    byFirstTerm.set(first, list);
  }
}

/** The longest thesaurus wording starting at `terms[at]`, if any. */
export const matchThesaurus = (
  terms: readonly string[],
  at: number,
): { length: number; group: ThesaurusGroup } | undefined => {
  for (const candidate of byFirstTerm.get(terms[at] ?? '') ?? []) {
    if (candidate.wording.every((t, i) => terms[at + i] === t))
      return { length: candidate.wording.length, group: candidate.group };
  }
  return undefined;
};
