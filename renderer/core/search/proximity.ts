import { FIELD_BIT } from './fieldMask';
import { OFFSET_FIELDS, readTermIds, type TermOffsets } from './termOffsets';
import { withWordMarks } from './wordMarks';

// Word order matters to a lawyer: "travail forcé" written as such beats a text with "forcé" in its title
// and "travail" three lines down. The inverted index keeps no positions, so the few best hits are re-read,
// from the word offsets the pack carries (termOffsets.ts) rather than from their texts: no text is
// analysed at query time, and nothing is remembered from one query to the next.

/** How many of the best hits are re-read for adjacency. */
export const PROXIMITY_DEPTH = 8;
/** Each adjacent word beyond the first adds this much: the longer the run as typed, the higher. */
const ADJACENT_STEP = 0.3;
const ADJACENT_MAX = 2.2;
/** Only the start of a long text is re-read (its first 150 indexed words, some 1,200 characters): a provision says what it is about early. */
const PROXIMITY_WORDS = 150;

/** What a re-read needs from the engine. */
export interface WordSource {
  offsets: TermOffsets;
  /** Term → vocabulary number. */
  numbers: ReadonlyMap<string, number>;
  /** Which fields of a record hold a word of the query (FIELD_BIT flags); all when unknown. */
  fieldsOf?: (num: number) => number;
  /** A byte per vocabulary word, all zero between queries: marks the words a sequence starts with. */
  marks: Uint8Array;
}

/** Sequences of terms as vocabulary numbers; a sequence with a word the index lacks cannot occur and is dropped. */
// Plain loops: chained map/filter/every over sequences of mixed origins (typed words, thesaurus wordings)
// made the optimised search deoptimise on one query in thirty, on every such query.
const toNumbers = (
  sequences: readonly (readonly string[])[],
  numbers: ReadonlyMap<string, number>,
): number[][] => {
  const out: number[][] = [];
  next: for (const seq of sequences) {
    if (seq.length === 0) continue;
    const nums: number[] = [];
    for (const t of seq) {
      const n = numbers.get(t);
      if (n === undefined) continue next;
      nums.push(n);
    }
    out.push(nums);
  }
  return out;
};

/**
 * Sequences by their first word, longest first, made once per query: a field is then read once, whatever
 * the number of sequences, and most of its words are passed over on one byte of `marks`.
 */
interface Sequences {
  byFirst: ReadonlyMap<number, readonly number[][]>;
  /** The longest sequence's length: a record holding one needs no further reading. */
  longest: number;
}

const prepare = (sequences: readonly number[][]): Sequences => {
  const byFirst = new Map<number, number[][]>();
  for (const seq of [...sequences].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(seq[0]!);
    if (list) list.push(seq);
    else byFirst.set(seq[0]!, [seq]);
  }
  return { byFirst, longest: Math.max(0, ...sequences.map((seq) => seq.length)) };
};

/** Length of the longest of the sequences found with its words adjacent and in order (0 when none). */
const longestRun = (words: ArrayLike<number>, { byFirst }: Sequences, marks: Uint8Array): number => {
  let longest = 0;
  for (let i = 0; i < words.length; i += 1) {
    if (marks[words[i]!] !== 1) continue;
    const candidates = byFirst.get(words[i]!);
    if (candidates === undefined) continue;
    for (const seq of candidates) {
      if (seq.length <= longest) break;
      if (i + seq.length > words.length) continue;
      let k = 1;
      while (k < seq.length && words[i + k] === seq[k]) k += 1;
      if (k === seq.length) longest = seq.length;
    }
  }
  return longest;
};

const ALL_FIELDS = OFFSET_FIELDS.reduce((bits, f) => bits | FIELD_BIT[f], 0);

/**
 * The longest run of adjacent words a record holds, over its fields. `maxWords` bounds the reading of
 * long texts (quoted phrases read them whole).
 */
const recordRun = (source: WordSource, num: number, sequences: Sequences, maxWords: number): number => {
  const fields = source.fieldsOf?.(num) ?? ALL_FIELDS;
  let longest = 0;
  for (const field of OFFSET_FIELDS) {
    if ((fields & FIELD_BIT[field]) === 0) continue;
    longest = Math.max(
      longest,
      longestRun(readTermIds(source.offsets, num, field, maxWords), sequences, source.marks),
    );
    if (longest === sequences.longest) break;
  }
  return longest;
};

/**
 * A test for quoted phrases, prepared once per query: true when, for every phrase, one field of the record
 * holds its words adjacent and in order (stopwords skipped, as in the index). Only fields holding a word of
 * the query are read: a phrase's words are looked up like the others.
 */
export const holdsPhrases = (
  source: WordSource,
  phrases: readonly (readonly string[])[],
): ((num: number) => boolean) => {
  const prepared = phrases.map((phrase) => toNumbers([phrase], source.numbers)[0]);
  // A phrase with a word the index lacks is held by no record.
  if (prepared.some((seq) => seq === undefined)) return () => false;
  const each = (prepared as number[][]).map((seq) => prepare([seq]));
  return (num) =>
    each.every(
      (sequences) =>
        withWordMarks(source.marks, sequences.byFirst.keys(), () =>
          recordRun(source, num, sequences, Infinity),
        ) === sequences.longest,
    );
};

/** Raises, among the first hits, those holding the longest runs of adjacent words; keeps order otherwise. */
export const rerankByProximity = <H extends { num: number; score: number }>(
  hits: H[],
  sequences: readonly (readonly string[])[],
  source: WordSource,
): void => {
  if (sequences.length === 0) return;
  const numbered = toNumbers(sequences, source.numbers).filter((seq) => seq.length > 1);
  if (numbered.length === 0) return;
  const prepared = prepare(numbered);
  const head = hits.slice(0, PROXIMITY_DEPTH);
  withWordMarks(source.marks, prepared.byFirst.keys(), () => {
    for (const hit of head) {
      const longest = recordRun(source, hit.num, prepared, PROXIMITY_WORDS);
      if (longest > 1) hit.score *= Math.min(ADJACENT_MAX, 1 + ADJACENT_STEP * (longest - 1));
    }
  });
  head.sort((a, b) => b.score - a.score || a.num - b.num);
  hits.splice(0, head.length, ...head);
};
