import { analyse } from './analyzer';
import type { SearchRecord } from './searchRecords';

// Word order matters to a lawyer: "travail forcé" written as such beats a text with "forcé" in its title
// and "travail" three lines down. The index keeps no positions, so the few best hits are re-read: a
// record's analysed fields are computed once per query and shared with the quoted-phrase check.

/** How many of the best hits are re-read for adjacency. */
export const PROXIMITY_DEPTH = 12;
const ADJACENT_FACTOR = 1.4;

export type FieldTerms = (num: number) => string[][];

export const fieldTermsReader = (records: readonly SearchRecord[]): FieldTerms => {
  const cache = new Map<number, string[][]>();
  return (num) => {
    let terms = cache.get(num);
    if (!terms) {
      const r = records[num];
      terms = r ? [r.names, r.text.fr, r.text.en, r.text.sw].map(analyse) : [];
      cache.set(num, terms);
    }
    return terms;
  };
};

export const hasSequence = (fields: readonly string[][], seq: readonly string[]): boolean =>
  fields.some((terms) => {
    const first = seq[0];
    for (let i = terms.indexOf(first ?? ''); i >= 0 && i + seq.length <= terms.length; i = terms.indexOf(first ?? '', i + 1)) {
      if (seq.every((t, k) => terms[i + k] === t)) return true;
    }
    return false;
  });

/** Raises, among the first hits, those holding one of the sequences with its words adjacent; keeps order otherwise. */
export const rerankByProximity = <H extends { num: number; score: number }>(
  hits: H[],
  sequences: readonly (readonly string[])[],
  read: FieldTerms,
): void => {
  if (sequences.length === 0) return;
  const head = hits.slice(0, PROXIMITY_DEPTH);
  for (const hit of head) if (sequences.some((seq) => hasSequence(read(hit.num), seq))) hit.score *= ADJACENT_FACTOR;
  head.sort((a, b) => b.score - a.score || a.num - b.num);
  hits.splice(0, head.length, ...head);
};
