import type { Lang } from '../content';
import type { OffsetField } from './termOffsets';

// Which fields of a record (its names, its fr, en and sw texts) hold a word the query looked up, learnt
// from the postings while scoring. Snippets and the adjacency re-read then read only fields known to match,
// instead of all four to find out.

export const FIELD_BIT: Readonly<Record<OffsetField, number>> = { fr: 1, en: 2, sw: 4, names: 8 };
/** The texts a snippet can quote. */
export const TEXT_BIT: Readonly<Record<Lang, number>> = {
  fr: FIELD_BIT.fr,
  en: FIELD_BIT.en,
  sw: FIELD_BIT.sw,
};

/** A byte per record, recycled between queries: clearing costs the records touched, not the corpus. */
export class FieldMask {
  private readonly bits: Uint8Array;
  private readonly touched: number[] = [];

  constructor(size: number) {
    this.bits = new Uint8Array(size);
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
    for (const num of this.touched) this.bits[num] = 0;
    this.touched.length = 0;
  }
}
