// A hand-written scanner for the analyser: the same tokens as the pattern
//   §\s?\d+[a-z]? | \d+([/.-]\d+)+ | \d+\s(bis|ter|…) | [\p{L}\p{M}\p{N}]+
// but several times faster than a Unicode regular expression, which matters because snippets and the
// proximity check re-read texts at query time. Each token comes out folded (renderer/core/text: lower
// case, no diacritics, ligatures spelled out) with its place in the original text.

import { foldRange } from '../text';

const TABLE_END = 0x370;
/** 1 for the word characters (letters, marks, digits) below TABLE_END, looked up without a regular expression. */
const WORD = new Uint8Array(TABLE_END);
for (let cp = 0; cp < TABLE_END; cp += 1)
  WORD[cp] = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(cp)) ? 1 : 0;

const SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'nonies', 'decies'];

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const isWordChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < TABLE_END) return WORD[c] === 1;
  return /[\p{L}\p{M}\p{N}]/u.test(text[i] ?? '');
};

const digitsEnd = (text: string, i: number): number => {
  let k = i;
  while (k < text.length && isDigit(text.charCodeAt(k))) k += 1;
  return k;
};

/**
 * The first three letters of `text[start, end)`, lower-cased, as a number (7 bits each; a shorter word leaves
 * zeros). Undefined when one of them is not ASCII: such words cannot be judged by their head without folding.
 */
const headKeyOf = (text: string, start: number, end: number): number | undefined => {
  let key = 0;
  for (let i = 0; i < 3; i += 1) {
    const c = start + i < end ? text.charCodeAt(start + i) : 0;
    if (c >= 128) return undefined;
    key = (key << 7) | (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return key;
};

/** The key of a head (see termHeads), as the scanner computes it for each word. */
export const asciiHeadKey = (head: string): number | undefined => headKeyOf(head, 0, head.length);

/** False only when the word's first three letters are ASCII and their key is not among `heads`. */
const headMayMatch = (text: string, start: number, end: number, heads: ReadonlySet<number>): boolean => {
  const key = headKeyOf(text, start, end);
  return key === undefined || heads.has(key);
};

/**
 * Calls `emit` with each raw token, folded, and its span; `emit` returning true stops the scan. Numbers
 * come out as written ("09-001").
 *
 * `heads`, when given, lets a reader skip words it cannot want without building their folded form: a word
 * whose first three letters are ASCII and whose asciiHeadKey is not in the set is not emitted. Numbers,
 * "§" and words starting with other letters are always emitted. Snippets read texts this way: most words
 * of a passage are not the ones searched for, and folding each one was most of the cost of a snippet.
 */
export const scanTokens = (
  text: string,
  emit: (folded: string, start: number, end: number) => boolean | void,
  heads?: ReadonlySet<number>,
): void => {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0xa7) {
      let j = i + 1;
      if (j < n && /\s/.test(text[j]!)) j += 1;
      if (j < n && isDigit(text.charCodeAt(j))) {
        let k = digitsEnd(text, j);
        const letter = text.charCodeAt(k);
        if (letter >= 97 && letter <= 122) k += 1;
        if (emit(`§${text.slice(j, k)}`, i, k)) return;
        i = k;
      } else i += 1;
      continue;
    }
    if (!isWordChar(text, i)) {
      i += 1;
      continue;
    }
    if (isDigit(c)) {
      const k = digitsEnd(text, i);
      let m = k;
      while (m + 1 < n && '/.-'.includes(text[m]!) && isDigit(text.charCodeAt(m + 1)))
        m = digitsEnd(text, m + 1);
      if (m > k) {
        if (emit(text.slice(i, m), i, m)) return;
        i = m;
        continue;
      }
      if (k < n && /\s/.test(text[k]!)) {
        const suffix = SUFFIXES.find(
          (s) =>
            text.slice(k + 1, k + 1 + s.length).toLowerCase() === s && !isWordChar(text, k + 1 + s.length),
        );
        if (suffix) {
          if (emit(`${text.slice(i, k)}${suffix}`, i, k + 1 + suffix.length)) return;
          i = k + 1 + suffix.length;
          continue;
        }
      }
    }
    let k = i + 1;
    let ascii = c < 128;
    while (k < n) {
      const d = text.charCodeAt(k);
      if (d < 128) {
        if (WORD[d] === 0) break;
      } else if (isWordChar(text, k)) ascii = false;
      else break;
      k += 1;
    }
    if (heads !== undefined && !headMayMatch(text, i, k, heads)) {
      i = k;
      continue;
    }
    if (emit(ascii ? text.slice(i, k).toLowerCase() : foldRange(text, i, k), i, k)) return;
    i = k;
  }
};
