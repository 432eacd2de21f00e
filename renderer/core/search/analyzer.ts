import { isStopword } from './stopwords';
import { scanTokens } from './tokenScanner';

// The one text analyser: the index is built from its tokens and every query goes through it, so the two
// sides cannot drift apart. It folds case, diacritics and ligatures, drops French elisions and stopwords,
// keeps legal numbering whole ("09/001", "174bis", "§2") and applies a light stemmer.

/** A token of the original text: its analysed form (the term) and where it sits, for snippets. */
export interface TokenSpan {
  term: string;
  start: number;
  end: number;
}

/** The text module's folding, re-exported for the search modules and the pack compiler. */
export { foldText } from '../text';

// Words people write in several ways for the same legal notion.
const CANONICAL = new Map<string, string>([
  ['article', 'art'],
  ['articles', 'art'],
  ['arts', 'art'],
  ['kifungu', 'art'],
  ['paragraphe', 'para'],
  ['alinea', 'al'],
]);

const IRREGULAR = new Map<string, string>([
  ['travaux', 'travail'],
  ['children', 'child'],
  ['women', 'woman'],
  ['men', 'man'],
  ['yeux', 'oeil'],
]);

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

const hasDigit = (term: string): boolean => {
  for (let i = 0; i < term.length; i += 1) if (isDigitCode(term.charCodeAt(i))) return true;
  return false;
};

/**
 * Light stemmer for French plurals and feminines and English plurals, the same for every language so the
 * index and the query always agree. Deliberately shallow: a legal library needs precision more than
 * recall, and FlexSearch's French stemmer merges unrelated words ("traite" → "tr").
 */
export const stemTerm = (term: string): string => {
  const irregular = IRREGULAR.get(term);
  if (irregular) return irregular;
  if (term.length <= 3 || hasDigit(term)) return term;
  let t = term;
  if (t.length > 4 && t.endsWith('aux')) return `${t.slice(0, -3)}al`;
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.endsWith('s') && !t.endsWith('ss')) t = t.slice(0, -1);
  else if (t.endsWith('x')) t = t.slice(0, -1);
  if (t.length > 5 && t.endsWith('euse')) return `${t.slice(0, -4)}eur`;
  if (t.length > 5 && t.endsWith('trice')) return `${t.slice(0, -5)}teur`;
  if (t.length > 5 && t.endsWith('ive')) return `${t.slice(0, -3)}if`;
  if (t.length > 5 && (t.endsWith('ienne') || t.endsWith('onne') || t.endsWith('elle'))) t = t.slice(0, -2);
  // Feminine and mute e, once or twice: forcé, forcée, forcées and force all give "forc".
  for (let i = 0; i < 2 && t.length > 3 && t.endsWith('e'); i += 1) t = t.slice(0, -1);
  return t;
};

/** Analyses one folded token (cut by scanTokens); undefined when it carries no meaning (stopword). */
export const analyseFolded = (folded: string): string | undefined => {
  let t = folded;
  if (isDigitCode(t.charCodeAt(0))) {
    t = t.replace(/[.-]/g, '/');
    // "1er", "1re" are article one.
    if (/^\d+(?:er|re|ere)$/.test(t)) t = t.replace(/\D+$/, '');
    return t;
  }
  if (t.startsWith('§')) return t;
  const canonical = CANONICAL.get(t);
  if (canonical) return canonical;
  if (t.length < 2 || isStopword(t)) return undefined;
  return stemTerm(t);
};

/** Every meaningful token of a text with its position in the original string. */
export const tokenSpans = (text: string): TokenSpan[] => {
  const out: TokenSpan[] = [];
  scanTokens(text, (folded, start, end) => {
    const term = analyseFolded(folded);
    if (term !== undefined) out.push({ term, start, end });
  });
  return out;
};

/** The analysed terms of a text, in order (what the index stores and what a query looks up). */
export const analyse = (text: string): string[] => {
  const out: string[] = [];
  scanTokens(text, (folded) => {
    const term = analyseFolded(folded);
    if (term !== undefined) out.push(term);
  });
  return out;
};

/**
 * The first three letters of every word that can analyse to one of `terms`: a stem starts like its word,
 * and the irregular and canonical forms are added. Lets a reader skip most words without analysing them.
 */
export const termHeads = (terms: Iterable<string>): Set<string> => {
  const wanted = new Set(terms);
  const heads = new Set<string>();
  for (const t of wanted) {
    heads.add(t.slice(0, 3));
    // Stems that rewrite their ending can change a short word's first three letters: "unies" → "uny", "maux" → "mal".
    if (t.endsWith('y')) heads.add(`${t.slice(0, -1)}ie`.slice(0, 3));
    if (t.endsWith('al')) heads.add(`${t.slice(0, -2)}au`.slice(0, 3));
  }
  for (const [from, to] of [...IRREGULAR, ...CANONICAL]) if (wanted.has(to)) heads.add(from.slice(0, 3));
  return heads;
};

/** Whether a folded word may analyse to one of the terms whose heads these are (numbers always may). */
export const mayMatch = (folded: string, heads: ReadonlySet<string>): boolean =>
  isDigitCode(folded.charCodeAt(0)) || folded.startsWith('§') || heads.has(folded.slice(0, 3));
