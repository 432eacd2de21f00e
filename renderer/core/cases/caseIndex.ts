import { formatCaseNumber } from './caseNumber';
import type { CaseFile, Note, Person } from './caseSchemas';
import { foldText } from '../text';

// Search inside cases: an in-memory index (number, place, summary, people's codes and initials,
// notes), built after unlock and dropped at lock. Nothing of it is ever written anywhere. A word
// matches when a word of the case starts with it; every word of the query must match.

/** The cases a query matched: membership tests for the list filter, ids for everything else. */
export interface CaseMatches {
  has(caseId: string): boolean;
  readonly size: number;
  ids(): string[];
}

export interface CaseIndex {
  /** Cases whose words hold every word of the query (prefix match), or null for an empty query. */
  search(query: string): CaseMatches | null;
  /** Sets (or replaces, after an edit) the search words of one case (already tokenized). */
  replace(caseId: string, words: readonly string[]): void;
  /**
   * Adds the cases of a list snapshot bucket whose `take` is true, from its inverted words
   * (word → positions in `ids`): one map lookup per word of the bucket, not per word of each case.
   * Only for cases not in the index yet.
   */
  addInverted(
    ids: readonly string[],
    vocab: readonly string[],
    posts: readonly number[][],
    take: readonly boolean[],
  ): void;
  readonly size: number;
}

export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Cases are numbered as they are added; each query word becomes a bitset of case numbers (the union
 * of the postings of every vocabulary word it prefixes) and the words are ANDed: a query over 10,000
 * cases touches a few hundred 32-bit words instead of building sets of strings.
 */
export function createCaseIndex(): CaseIndex {
  const ids: string[] = [];
  const numberOf = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const caseWords = new Map<number, readonly string[]>();
  let vocabulary: string[] | null = null;
  // Cases added from a snapshot bucket: their words are only in the postings (found there if edited).
  const INVERTED: readonly string[] = [];

  const bitsFor = (word: string): Uint32Array => {
    const bits = new Uint32Array((ids.length + 31) >>> 5);
    const add = (list: readonly number[] | undefined) => {
      for (const n of list ?? []) bits[n >>> 5]! |= 1 << (n & 31);
    };
    // A single letter matches only itself (initials), not every word that starts with it.
    if (word.length === 1) add(postings.get(word));
    else {
      const words = (vocabulary ??= [...postings.keys()].sort());
      for (let i = lowerBound(words, word); i < words.length && words[i]!.startsWith(word); i++)
        add(postings.get(words[i]!));
    }
    return bits;
  };

  return {
    get size() {
      return caseWords.size;
    },
    replace(caseId, list) {
      let n = numberOf.get(caseId);
      if (n === undefined) {
        n = ids.length;
        ids.push(caseId);
        numberOf.set(caseId, n);
      }
      const num = n;
      const previous = caseWords.get(num);
      // A new case (every case at unlock) has nothing to remove; its stored words are already
      // distinct, and a repeated word would only set the same bit twice, so no Set is built.
      if (previous === undefined) {
        caseWords.set(num, list);
        for (const word of list) {
          const posting = postings.get(word);
          if (posting) posting.push(num);
          else {
            postings.set(word, [num]);
            vocabulary = null;
          }
        }
        return;
      }
      if (previous === INVERTED) {
        for (const [word, posting] of postings)
          if (posting.includes(num))
            postings.set(
              word,
              posting.filter((x) => x !== num),
            );
      }
      for (const word of previous) {
        const posting = postings.get(word);
        if (posting)
          postings.set(
            word,
            posting.filter((x) => x !== num),
          );
      }
      const words = [...new Set(list)];
      caseWords.set(num, words);
      for (const word of words) {
        const posting = postings.get(word);
        if (posting) posting.push(num);
        else {
          postings.set(word, [num]);
          vocabulary = null;
        }
      }
    },
    addInverted(bucketIds, vocab, posts, take) {
      const nums = bucketIds.map((caseId, p) => {
        if (!take[p] || numberOf.has(caseId)) return -1;
        const n = ids.length;
        ids.push(caseId);
        numberOf.set(caseId, n);
        caseWords.set(n, INVERTED);
        return n;
      });
      for (let k = 0; k < vocab.length; k++) {
        const word = vocab[k]!;
        let posting = postings.get(word);
        for (const p of posts[k]!) {
          const n = nums[p]!;
          if (n < 0) continue;
          if (posting) posting.push(n);
          else {
            posting = [n];
            postings.set(word, posting);
            vocabulary = null;
          }
        }
      }
    },
    search(query) {
      const words = [...new Set(tokenize(query))];
      if (words.length === 0) return null;
      let result: Uint32Array | null = null;
      for (const word of words) {
        const bits = bitsFor(word);
        if (result === null) result = bits;
        else for (let i = 0; i < result.length; i++) result[i]! &= bits[i]!;
      }
      const bits = result!;
      const has = (caseId: string) => {
        const n = numberOf.get(caseId);
        return n !== undefined && (bits[n >>> 5]! & (1 << (n & 31))) !== 0;
      };
      const matched = () => ids.filter((id) => has(id));
      let size = 0;
      for (const word of bits) {
        let v = word;
        for (; v !== 0; size++) v &= v - 1;
      }
      return { has, size, ids: matched };
    },
  };
}

/**
 * How the stored search words are folded. 1 (absent): before issue 17, when "sœur" became "s" and
 * "ur"; 2: the text module's folding ("soeur").
 */
export const SEARCH_WORDS_VERSION = 2;

type OwnText = Pick<CaseFile, 'number' | 'place' | 'summary'>;

const ownText = (file: OwnText): string[] => [
  formatCaseNumber(file.number),
  file.place.province,
  file.place.territory,
  file.place.site,
  file.summary,
];

/** The distinct search words of a case: number, place, summary, people's codes and initials, notes. */
export function caseSearchWords(
  file: OwnText,
  persons: readonly Pick<Person, 'code' | 'initials'>[],
  notes: readonly Pick<Note, 'text'>[],
): string {
  const text = [
    ...ownText(file),
    ...persons.map((p) => `${p.code} ${p.initials}`),
    ...notes.map((n) => n.text),
  ].join(' ');
  return [...new Set(tokenize(text))].join(' ');
}

/**
 * The words to index for a stored case. Words saved with an older folding are completed with the
 * case record's own text folded anew (number, place, summary: at hand, since the record is
 * decrypted anyway), so "soeur" finds an old case whose summary says "sœur"; notes and people's
 * codes are folded anew at the case's next save, which rewrites its words.
 */
export function storedCaseWords(
  file: OwnText & Pick<CaseFile, 'searchWords' | 'searchWordsVersion'>,
): string[] {
  const words = file.searchWords === '' ? [] : file.searchWords.split(' ');
  if ((file.searchWordsVersion ?? 1) >= SEARCH_WORDS_VERSION) return words;
  return [...new Set([...words, ...tokenize(ownText(file).join(' '))])];
}
