import { fromBase64, toBase64 } from '../crypto';
import { readUint32s, writeUint32s } from './littleEndian';

// The vocabulary ordered by its words read backwards, as a permutation of vocabulary numbers: the words
// ending with given letters are then one contiguous run, found by binary search. Typo repair reads words
// sharing a long ending with the typed word (an edit in its first letters leaves the ending intact), as it
// reads words sharing a long beginning from the sorted vocabulary. Built with the index (sorting some
// 6,000 words backwards at start-up would cost more than loading them) and carried in the pack.

/** Compares two words read from their last letter. */
export const compareBackwards = (a: string, b: string): number => {
  let i = a.length - 1;
  let j = b.length - 1;
  while (i >= 0 && j >= 0) {
    const d = a.charCodeAt(i) - b.charCodeAt(j);
    if (d !== 0) return d;
    i -= 1;
    j -= 1;
  }
  return i - j;
};

export const buildSuffixOrder = (vocab: readonly string[]): Uint32Array =>
  Uint32Array.from(vocab.map((_, i) => i).sort((a, b) => compareBackwards(vocab[a]!, vocab[b]!) || a - b));

export const exportSuffixOrder = (order: Uint32Array): string => {
  const bytes = new Uint8Array(order.length * 4);
  writeUint32s(new DataView(bytes.buffer), 0, order);
  return toBase64(bytes);
};

/** Throws unless it is a permutation of the vocabulary in backwards order (the index is then rebuilt). */
export const importSuffixOrder = (exported: string, vocab: readonly string[]): Uint32Array => {
  const bytes = fromBase64(exported);
  if (bytes.length !== vocab.length * 4) throw new Error('search suffix order size mismatch');
  const order = readUint32s(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, vocab.length);
  const seen = new Uint8Array(vocab.length);
  for (let i = 0; i < order.length; i += 1) {
    const n = order[i]!;
    if (n >= vocab.length || seen[n] === 1) throw new Error('search suffix order is not a permutation');
    if (i > 0 && compareBackwards(vocab[order[i - 1]!]!, vocab[n]!) > 0)
      throw new Error('search suffix order out of order');
    seen[n] = 1;
  }
  return order;
};

/** The vocabulary numbers of the words ending with `ending`, or undefined when there are more than `max`. */
export const wordsEndingWith = (
  vocab: readonly string[],
  order: Uint32Array,
  ending: string,
  max: number,
): Uint32Array | undefined => {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareBackwards(vocab[order[mid]!]!, ending) < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < order.length && end - lo <= max && vocab[order[end]!]!.endsWith(ending)) end += 1;
  return end - lo > max ? undefined : order.subarray(lo, end);
};
