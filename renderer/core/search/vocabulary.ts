import { LANGUAGES } from '../vocabulary';
import type { CorpusIndex } from './corpusIndex';
import type { Postings } from './searchConfig';
import { wordsEndingWith } from './suffixOrder';

// Word-level help over the index's vocabulary: completing the word being typed and forgiving one typo.
// Both pick the most frequent candidates, which are the likeliest meant.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const MAX_COMPLETIONS = 6;
/** How many vocabulary words starting with the prefix are weighed; the rest are ignored. */
const COMPLETION_SCAN = 64;
const MAX_REPAIRS = 3;

const postingsSize = (postings: Postings | undefined): number => {
  let n = 0;
  if (postings) for (const slot of postings) n += slot?.length ?? 0;
  return n;
};

// The index never changes once open, so frequencies of indexed words are remembered (at most one number
// per vocabulary word; the misses of typo repair are not kept).
const frequencies = new WeakMap<CorpusIndex, Map<string, number>>();

/** How many records hold the term, counted over all fields (an upper bound, cheap). */
export const documentFrequency = (index: CorpusIndex, term: string): number => {
  let known = frequencies.get(index);
  if (!known) frequencies.set(index, (known = new Map<string, number>()));
  let df = known.get(term);
  if (df === undefined) {
    df = postingsSize(index.maps.title.get(term));
    for (const lang of LANGUAGES) df += postingsSize(index.maps[lang].get(term));
    if (df > 0) known.set(term, df);
  }
  return df;
};

const mostFrequent = (index: CorpusIndex, words: Iterable<string>, max: number): string[] =>
  [...words]
    .map((w) => ({ w, df: documentFrequency(index, w) }))
    .filter((c) => c.df > 0)
    .sort((a, b) => b.df - a.df || (a.w < b.w ? -1 : 1))
    .slice(0, max)
    .map((c) => c.w);

/** First position in the sorted vocabulary not before `term`. */
const lowerBound = (vocab: readonly string[], term: string): number => {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocab[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Indexed words that start with `prefix`, most frequent first. */
export const completions = (index: CorpusIndex, prefix: string): string[] => {
  const found: string[] = [];
  for (
    let i = lowerBound(index.vocab, prefix);
    i < index.vocab.length && found.length < COMPLETION_SCAN;
    i += 1
  ) {
    const word = index.vocab[i]!;
    if (!word.startsWith(prefix)) break;
    found.push(word);
  }
  return mostFrequent(index, found, MAX_COMPLETIONS);
};

/**
 * Calls `visit` with every string one edit away (deletion, transposition, substitution, insertion of a
 * letter) whose edit sits before position `until`, some more than once.
 */
const forEachOneEditAway = (word: string, until: number, visit: (candidate: string) => void): void => {
  for (let i = 0; i <= word.length && i < until; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const rest = tail.slice(1);
    if (tail) visit(head + rest);
    if (tail.length > 1) visit(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail) visit(head + c + rest);
      visit(head + c + tail);
    }
  }
};

const isLetter = (code: number): boolean => code >= 97 && code <= 122;

/** Whether `b` is `a` with one edit: a letter deleted, two adjacent swapped, a letter (a–z) replaced or inserted. */
export const oneEditApart = (a: string, b: string): boolean => {
  const diff = b.length - a.length;
  if (diff < -1 || diff > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (diff === 0) {
    if (i === a.length) return false;
    // Substitution by a letter, or the swap of two adjacent characters.
    if (a.slice(i + 1) === b.slice(i + 1)) return isLetter(b.charCodeAt(i));
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (diff === 1) return isLetter(b.charCodeAt(i)) && a.slice(i) === b.slice(i + 1);
  return a.slice(i + 1) === b.slice(i);
};

/** Up to this many vocabulary words sharing a beginning or an ending with the word are read one by one. */
const RANGE_MAX = 96;
const MIN_SHARED = 3;

/** The words starting with `prefix` (the mirror of suffixOrder's wordsEndingWith), or undefined when there are more than `max`. */
const wordsStartingWith = (
  vocab: readonly string[],
  prefix: string,
  max: number,
): readonly string[] | undefined => {
  const first = lowerBound(vocab, prefix);
  let end = first;
  while (end < vocab.length && end - first <= max && vocab[end]!.startsWith(prefix)) end += 1;
  return end - first > max ? undefined : vocab.slice(first, end);
};

// Every indexed word with its number (its place in the sorted vocabulary), kept with the index: a word one
// edit away is then one lookup instead of four (one per field), and a ten-letter word has some 560 of
// them; the numbers are how the word offsets (termOffsets.ts) name words.
const vocabularies = new WeakMap<CorpusIndex, Map<string, number>>();

/** Made when the engine is created, so its cost counts in the index's load time. */
export const vocabularyNumbers = (index: CorpusIndex): Map<string, number> => {
  let numbers = vocabularies.get(index);
  if (!numbers) vocabularies.set(index, (numbers = new Map(index.vocab.map((term, i) => [term, i]))));
  return numbers;
};

/**
 * Indexed words one typo away from `word`, most frequent first. Edits near the end of the word leave a long
 * beginning intact, and the sorted vocabulary holds few words with that beginning: those are read and
 * compared directly. Edits in the first letters leave a long ending intact: the words with that ending are
 * read from the backwards order (suffixOrder.ts). Only when one of them is shared by too many words are
 * edits generated and looked up (26 substitutions and 27 insertions per letter). Same result as generating
 * every edit, at a fraction of the lookups.
 */
export const typoRepairs = (index: CorpusIndex, word: string): string[] => {
  const { vocab } = index;
  const found = new Set<string>();
  let generateUntil = word.length + 1;
  for (let shared = MIN_SHARED; shared <= word.length; shared += 1) {
    const beginning = wordsStartingWith(vocab, word.slice(0, shared), RANGE_MAX);
    if (beginning === undefined) continue;
    for (const w of beginning) if (oneEditApart(word, w)) found.add(w);
    generateUntil = shared;
    break;
  }
  // An edit before `generateUntil` leaves the word's ending after it intact: read the words with that
  // ending, when few, from the backwards order; otherwise generate those edits.
  const ending = wordsEndingWith(vocab, index.suffixOrder, word.slice(generateUntil + 1), RANGE_MAX);
  if (ending !== undefined) {
    for (const n of ending) if (oneEditApart(word, vocab[n]!)) found.add(vocab[n]!);
  } else {
    const known = vocabularyNumbers(index);
    forEachOneEditAway(word, generateUntil, (candidate) => {
      if (known.has(candidate) && candidate !== word) found.add(candidate);
    });
  }
  return mostFrequent(index, found, MAX_REPAIRS);
};
