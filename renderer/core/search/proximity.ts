import { analyseFolded } from './analyzer';
import type { SearchRecord } from './searchRecords';
import { scanTokens } from './tokenScanner';

// Word order matters to a lawyer: "travail forcé" written as such beats a text with "forcé" in its title
// and "travail" three lines down. The index keeps no positions, so the few best hits are re-read, with a
// scan that stops at the first adjacent occurrence and allocates nothing per word.

/** How many of the best hits are re-read for adjacency. */
export const PROXIMITY_DEPTH = 8;
const ADJACENT_FACTOR = 1.4;
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
export const recordContains = (r: SearchRecord, sequences: readonly (readonly string[])[], maxChars = Infinity): boolean =>
  [r.names, r.text.fr, r.text.en, r.text.sw].some((text) =>
    containsSequence(text.length > maxChars ? text.slice(0, maxChars) : text, sequences),
  );

/** Raises, among the first hits, those holding one of the sequences with its words adjacent; keeps order otherwise. */
export const rerankByProximity = <H extends { num: number; score: number }>(
  hits: H[],
  sequences: readonly (readonly string[])[],
  records: readonly SearchRecord[],
): void => {
  if (sequences.length === 0) return;
  const head = hits.slice(0, PROXIMITY_DEPTH);
  for (const hit of head) {
    const r = records[hit.num];
    if (r && recordContains(r, sequences, PROXIMITY_CHARS)) hit.score *= ADJACENT_FACTOR;
  }
  head.sort((a, b) => b.score - a.score || a.num - b.num);
  hits.splice(0, head.length, ...head);
};
