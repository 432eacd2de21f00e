import type { DocumentKind, Jurisdiction, Lang } from '../content';
import { foldText } from '../text';
import { LANGUAGE_FACTS, LANGUAGES, mapValues } from '../vocabulary';
import { analyse } from './analyzer';
import { NO_HINTS, readNumbering, type NumberingHints } from './numberingHints';

// Turns what a person typed into structure: free terms, "quoted phrases", -exclusions and inline filters
// (type:loi, juridiction:rdc, langue:sw). Never throws: unbalanced quotes, regex characters, emoji and
// right-to-left text are just text, and the input is capped so a pasted page cannot stall a keystroke.

export const MAX_QUERY_CHARS = 500;
/** More terms than this add nothing but work. */
export const MAX_QUERY_TERMS = 24;

export interface SearchFilters {
  kind?: DocumentKind;
  jurisdiction?: Jurisdiction;
  lang?: Lang;
}

export interface ParsedQuery {
  /** Analysed free terms, in the order typed. */
  terms: string[];
  /** Analysed quoted phrases (each with at least one term). */
  phrases: string[][];
  /** Analysed exclusions: a word or a phrase each. */
  excludes: string[][];
  filters: SearchFilters;
  /** The last free term may be a word still being typed (no space after it): it may be completed. */
  lastTermOpen: boolean;
  /** Spaced letters and article families as written ("174 e", "174 a à n"): see numberingHints.ts. */
  numbering: NumberingHints;
}

// The words that name each kind and language in a query (`type:loi`, `langue:swahili`) and on the command
// line: every kind and language of the vocabulary needs its words (folded: no accents, lower case).
export const KIND_NAMES: Readonly<Record<DocumentKind, readonly string[]>> = {
  law: ['loi', 'lois', 'law', 'laws', 'texte', 'sheria'],
  indicators: ['indicateur', 'indicateurs', 'indicator', 'indicators', 'dalili'],
  guideline: ['orientation', 'guideline', 'guidelines', 'rufaa', 'miongozo'],
  directory: ['acteur', 'acteurs', 'directory', 'annuaire', 'wahusika'],
};
// A language is always named by its code and its name in itself (LANGUAGE_FACTS); these are the other
// words people type for it, and a language may have none.
const MORE_LANG_NAMES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  fr: ['french'],
  en: ['anglais'],
  sw: ['swahili'],
};
const LANG_NAMES: Readonly<Record<Lang, readonly string[]>> = mapValues(LANGUAGES, (l) => [
  l,
  foldText(LANGUAGE_FACTS[l].nativeName),
  ...(MORE_LANG_NAMES[l] ?? []),
]);
const byWord = <V extends string>(names: Readonly<Record<V, readonly string[]>>): Record<string, V> =>
  Object.fromEntries(
    Object.entries<readonly string[]>(names).flatMap(([value, words]) => words.map((w) => [w, value as V])),
  );
const KIND_WORDS = byWord(KIND_NAMES);
const JURISDICTION_WORDS = byWord<Jurisdiction>({
  RDC: ['rdc', 'drc', 'congo', 'national'],
  international: ['international'],
  regional: ['regional'],
});
const LANG_WORDS = byWord(LANG_NAMES);
const FILTER_KEYS: Record<string, keyof SearchFilters> = {
  type: 'kind',
  kind: 'kind',
  genre: 'kind',
  juridiction: 'jurisdiction',
  jurisdiction: 'jurisdiction',
  langue: 'lang',
  lang: 'lang',
  lugha: 'lang',
};

/** The kind a word names (`loi`, `Indicateurs`, `sheria`…), for the command line's `--kind`. */
export const kindNamed = (word: string): DocumentKind | undefined => KIND_WORDS[foldText(word)];

const applyFilter = (filters: SearchFilters, key: keyof SearchFilters, value: string): boolean => {
  const v = foldText(value);
  if (key === 'kind' && KIND_WORDS[v]) filters.kind = KIND_WORDS[v];
  else if (key === 'jurisdiction' && JURISDICTION_WORDS[v]) filters.jurisdiction = JURISDICTION_WORDS[v];
  else if (key === 'lang' && LANG_WORDS[v]) filters.lang = LANG_WORDS[v];
  else return false;
  return true;
};

/** Splits on straight and typographic double quotes; a quote without its partner is dropped. */
const splitQuotes = (text: string): { text: string; quoted: boolean }[] => {
  const unified = text.replace(/[«»“”„‟]/g, '"');
  const pieces = unified.split('"');
  // An even number of pieces means an odd number of quotes: the last one has no partner.
  if (pieces.length % 2 === 0) {
    const last = pieces.pop() ?? '';
    pieces[pieces.length - 1] = `${pieces[pieces.length - 1] ?? ''} ${last}`;
  }
  return pieces.map((p, i) => ({ text: p, quoted: i % 2 === 1 }));
};

export const parseQuery = (input: string): ParsedQuery => {
  const raw = input.slice(0, MAX_QUERY_CHARS);
  const parsed: ParsedQuery = {
    terms: [],
    phrases: [],
    excludes: [],
    filters: {},
    lastTermOpen: false,
    numbering: NO_HINTS,
  };
  const free: string[] = [];
  let excludeNext = false;
  let lastWasFree = false;
  for (const piece of splitQuotes(raw)) {
    if (piece.quoted) {
      const terms = analyse(piece.text);
      if (terms.length > 0) (excludeNext ? parsed.excludes : parsed.phrases).push(terms);
      excludeNext = false;
      lastWasFree = false;
      continue;
    }
    const words = piece.text.split(/\s+/).filter(Boolean);
    // A lone "-" right before an opening quote excludes the phrase: -"travail forcé".
    excludeNext = /(?:^|\s)-$/.test(piece.text);
    for (const word of excludeNext ? words.slice(0, -1) : words) {
      lastWasFree = false;
      const filter = /^([\p{L}]+):(\S+)$/u.exec(word);
      const key = filter ? FILTER_KEYS[foldText(filter[1]!)] : undefined;
      if (filter && key && applyFilter(parsed.filters, key, filter[2]!)) continue;
      if (word.length > 1 && word.startsWith('-') && !/^-\d/.test(word)) {
        const terms = analyse(word.slice(1));
        if (terms.length > 0) parsed.excludes.push(terms);
        continue;
      }
      free.push(word);
      lastWasFree = true;
    }
  }
  const numbering = readNumbering(free.join(' '));
  parsed.numbering = numbering.hints;
  parsed.terms = analyse(numbering.text).slice(0, MAX_QUERY_TERMS);
  parsed.lastTermOpen =
    lastWasFree && parsed.terms.length > 0 && /[\p{L}\p{N}]$/u.test(raw) && !raw.endsWith('"');
  return parsed;
};
