import type { CorpusIndex } from './corpusIndex';
import type { Postings } from './searchConfig';

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
    df =
      postingsSize(index.maps.title.get(term)) +
      postingsSize(index.maps.fr.get(term)) +
      postingsSize(index.maps.en.get(term)) +
      postingsSize(index.maps.sw.get(term));
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
  for (let i = lowerBound(index.vocab, prefix); i < index.vocab.length && found.length < COMPLETION_SCAN; i += 1) {
    const word = index.vocab[i]!;
    if (!word.startsWith(prefix)) break;
    found.push(word);
  }
  return mostFrequent(index, found, MAX_COMPLETIONS);
};

/** Calls `visit` with every string one edit away (deletion, transposition, substitution, insertion of a letter), some more than once. */
const forEachOneEditAway = (word: string, visit: (candidate: string) => void): void => {
  for (let i = 0; i <= word.length; i += 1) {
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

// One set of every indexed word, kept with the index: a word one edit
// away is then one lookup instead of four (one per field), and a ten-letter word has some 560 of them.
const vocabularies = new WeakMap<CorpusIndex, Set<string>>();

/** Made when the engine is created, so its cost counts in the index's load time. */
export const vocabularySet = (index: CorpusIndex): Set<string> => {
  let set = vocabularies.get(index);
  if (!set) vocabularies.set(index, (set = new Set(index.vocab)));
  return set;
};

/** Indexed words one typo away from `word`, most frequent first. */
export const typoRepairs = (index: CorpusIndex, word: string): string[] => {
  const known = vocabularySet(index);
  const found = new Set<string>();
  forEachOneEditAway(word, (candidate) => {
    if (known.has(candidate) && candidate !== word) found.add(candidate);
  });
  return mostFrequent(index, found, MAX_REPAIRS);
};
