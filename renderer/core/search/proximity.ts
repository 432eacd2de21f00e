import { analyse, analyseFolded } from './analyzer';
import type { SearchRecord } from './searchRecords';
import { scanTokens } from './tokenScanner';

// Word order matters to a lawyer: "travail forcé" written as such beats a text with "forcé" in its title
// and "travail" three lines down. The index keeps no positions, so the few best hits are re-read. The
// analysed start of recently re-read records is kept (a few hundred records): typing a query re-reads
// the same best hits keystroke after keystroke.

/** How many of the best hits are re-read for adjacency. */
export const PROXIMITY_DEPTH = 8;
/** Each adjacent word beyond the first adds this much: the longer the run as typed, the higher. */
const ADJACENT_STEP = 0.3;
const ADJACENT_MAX = 2.2;
/** Only the start of a long text is re-read: a provision says what it is about early. */
const PROXIMITY_CHARS = 1200;

/** True when the text holds one of the sequences, its words adjacent and in order (stopwords skipped, as in the index). */
export const containsSequence = (text: string, sequences: readonly (readonly string[])[]): boolean => {
  if (text === '' || sequences.length === 0) return false;
  const progress = new Array<number>(sequences.length).fill(0);
  let found = false;
  scanTokens(text, (folded) => {
    const term = analyseFolded(folded);
    if (term === undefined) return false;
    for (let i = 0; i < sequences.length; i += 1) {
      const seq = sequences[i]!;
      let p = progress[i]!;
      p = seq[p] === term ? p + 1 : seq[0] === term ? 1 : 0;
      if (p === seq.length) {
        found = true;
        return true;
      }
      progress[i] = p;
    }
    return false;
  });
  return found;
};

/** Adjacency in any field; `maxChars` bounds the reading of long texts (quoted phrases read them whole). */
/** Analysed fields of records, bounded: the oldest are forgotten first. */
export class RecordTermsCache {
  private readonly cache = new Map<number, string[][]>();
  constructor(private readonly max = 512) {}

  get(num: number, r: SearchRecord): string[][] {
    let terms = this.cache.get(num);
    if (!terms) {
      terms = [r.names, r.text.fr, r.text.en, r.text.sw].map((text) => analyse(text.length > PROXIMITY_CHARS ? text.slice(0, PROXIMITY_CHARS) : text));
      if (this.cache.size >= this.max) this.cache.delete(this.cache.keys().next().value as number);
      this.cache.set(num, terms);
    }
    return terms;
  }
}

const holdsSequence = (fields: readonly string[][], seq: readonly string[]): boolean =>
  fields.some((terms) => {
    for (let i = terms.indexOf(seq[0]!); i >= 0 && i + seq.length <= terms.length; i = terms.indexOf(seq[0]!, i + 1)) {
      if (seq.every((t, k) => terms[i + k] === t)) return true;
    }
    return false;
  });

export const recordContains = (r: SearchRecord, sequences: readonly (readonly string[])[], maxChars = Infinity): boolean =>
  [r.names, r.text.fr, r.text.en, r.text.sw].some((text) =>
    containsSequence(text.length > maxChars ? text.slice(0, maxChars) : text, sequences),
  );

/** Raises, among the first hits, those holding the longest runs of adjacent words; keeps order otherwise. */
export const rerankByProximity = <H extends { num: number; score: number }>(
  hits: H[],
  sequences: readonly (readonly string[])[],
  records: readonly SearchRecord[],
  cache: RecordTermsCache,
): void => {
  if (sequences.length === 0) return;
  const head = hits.slice(0, PROXIMITY_DEPTH);
  for (const hit of head) {
    const r = records[hit.num];
    if (!r) continue;
    const fields = cache.get(hit.num, r);
    let longest = 0;
    for (const seq of sequences) if (seq.length > longest && holdsSequence(fields, seq)) longest = seq.length;
    if (longest > 1) hit.score *= Math.min(ADJACENT_MAX, 1 + ADJACENT_STEP * (longest - 1));
  }
  head.sort((a, b) => b.score - a.score || a.num - b.num);
  hits.splice(0, head.length, ...head);
};
