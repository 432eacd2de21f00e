import type { Lang } from '../content';
import { LANGUAGES, mapValues } from '../vocabulary';
import type { OffsetField } from './termOffsets';
import { NumList } from './numList';

// Which fields of a record (its names, its fr, en and sw texts) hold a word the query looked up, learnt
// from the postings while scoring. Snippets and the adjacency re-read then read only fields known to match,
// instead of all four to find out.

// One bit per language in the vocabulary's order, then the names: a byte holds seven languages.
export const TEXT_BIT: Readonly<Record<Lang, number>> = mapValues(
  LANGUAGES,
  (l) => 1 << LANGUAGES.indexOf(l),
);
export const FIELD_BIT: Readonly<Record<OffsetField, number>> = { ...TEXT_BIT, names: 1 << LANGUAGES.length };

/** A byte per record, recycled between queries: clearing costs the records touched, not the corpus. */
export class FieldMask {
  private readonly bits: Uint8Array;
  private readonly touched: NumList;

  constructor(size: number) {
    this.bits = new Uint8Array(size);
    this.touched = new NumList(size);
  }

  mark(num: number, bit: number): void {
    const before = this.bits[num]!;
    if (before === 0) this.touched.push(num);
    this.bits[num] = before | bit;
  }

  get(num: number): number {
    return this.bits[num] ?? 0;
  }

  clear(): void {
    const { items, length } = this.touched;
    for (let i = 0; i < length; i += 1) this.bits[items[i]!] = 0;
    this.touched.clear();
  }
}
