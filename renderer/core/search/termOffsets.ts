import { LANGUAGES } from '../vocabulary';
import { fromBase64, toBase64 } from '../crypto';
import { tokenSpans } from './analyzer';
import type { SearchRecord } from './searchRecords';
import { readUint32s, writeUint32s } from './littleEndian';

// Where each analysed word of a record sits in its texts, built with the index and carried in the pack:
// a compact forward index (what Lucene calls offsets or term vectors). Snippets, the adjacency re-read and
// quoted phrases read it instead of re-analysing texts at query time, which was most of the cost of a
// search on the bundled corpus. Words are vocabulary numbers (positions in the sorted vocabulary).
//
// Layout: the words of every record's fields (names, fr, en, sw), in order. Their vocabulary numbers are
// a Uint32Array, read directly: the adjacency re-read of the best hits reads thousands per query. Their
// places are a byte stream of two unsigned LEB128 varints per word (gap from the previous word's end,
// length), read only for the one text a snippet quotes. Two tables (records × 4 + 1 entries) give each
// field's first word and first position byte. Exported as one base64 string, little-endian: word count,
// position byte count, both tables, the numbers, the positions.

export const OFFSET_FIELDS = ['names', ...LANGUAGES] as const;
export type OffsetField = (typeof OFFSET_FIELDS)[number];
const FIELD_NUMBER = Object.fromEntries(OFFSET_FIELDS.map((field, i) => [field, i])) as Readonly<
  Record<OffsetField, number>
>;

export interface TermOffsets {
  /** Index of the first word of field (record × 4 + field), plus the end. */
  table: Uint32Array;
  /** Index of the first position byte of each field, plus the end. */
  positionTable: Uint32Array;
  ids: Uint32Array;
  positions: Uint8Array;
}

const fieldText = (r: SearchRecord, field: OffsetField): string =>
  field === 'names' ? r.names : r.text[field];

class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** `vocabNumber` gives a term's position in the sorted vocabulary; words it does not know are left out. */
export const buildTermOffsets = (
  records: readonly SearchRecord[],
  vocabNumber: (term: string) => number | undefined,
): TermOffsets => {
  const entries = records.length * OFFSET_FIELDS.length + 1;
  const table = new Uint32Array(entries);
  const positionTable = new Uint32Array(entries);
  const ids: number[] = [];
  const positions = new ByteWriter();
  records.forEach((r, num) => {
    for (const field of OFFSET_FIELDS) {
      const slot = num * OFFSET_FIELDS.length + FIELD_NUMBER[field];
      table[slot] = ids.length;
      positionTable[slot] = positions.length;
      let previousEnd = 0;
      for (const span of tokenSpans(fieldText(r, field))) {
        const id = vocabNumber(span.term);
        if (id === undefined) continue;
        ids.push(id);
        positions.varint(span.start - previousEnd);
        positions.varint(span.end - span.start);
        previousEnd = span.end;
      }
    }
  });
  table[entries - 1] = ids.length;
  positionTable[entries - 1] = positions.length;
  return { table, positionTable, ids: Uint32Array.from(ids), positions: positions.result() };
};

export const exportTermOffsets = (offsets: TermOffsets): string => {
  const words = offsets.ids.length;
  const entries = offsets.table.length;
  const out = new Uint8Array(8 + entries * 8 + words * 4 + offsets.positions.length);
  const view = new DataView(out.buffer);
  let at = writeUint32s(view, 0, [words, offsets.positions.length]);
  for (const array of [offsets.table, offsets.positionTable, offsets.ids]) at = writeUint32s(view, at, array);
  out.set(offsets.positions, at);
  return toBase64(out);
};

const checkTable = (table: Uint32Array, total: number): void => {
  for (let i = 0; i < table.length; i += 1) {
    if (table[i]! > total || (i > 0 && table[i]! < table[i - 1]!))
      throw new Error('search offsets table out of order');
  }
  if (table[table.length - 1] !== total) throw new Error('search offsets size mismatch');
};

/** Throws when the export does not fit `recordCount` records (the index is then rebuilt). */
export const importTermOffsets = (exported: string, recordCount: number): TermOffsets => {
  const bytes = fromBase64(exported);
  if (bytes.length < 8) throw new Error('search offsets too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [words = 0, positionBytes = 0] = readUint32s(view, 0, 2);
  const entries = recordCount * OFFSET_FIELDS.length + 1;
  if (bytes.length !== 8 + entries * 8 + words * 4 + positionBytes)
    throw new Error('search offsets size mismatch');
  const table = readUint32s(view, 8, entries);
  const positionTable = readUint32s(view, 8 + entries * 4, entries);
  checkTable(table, words);
  checkTable(positionTable, positionBytes);
  const ids = readUint32s(view, 8 + entries * 8, words);
  return { table, positionTable, ids, positions: bytes.slice(8 + entries * 8 + words * 4) };
};

/**
 * Calls `visit` with each word of one field of one record, in text order: vocabulary number and span;
 * `visit` returning true stops. A damaged position stream ends the walk rather than read past its end.
 */
export const forEachTerm = (
  offsets: TermOffsets,
  num: number,
  field: OffsetField,
  visit: (id: number, start: number, end: number) => boolean | void,
): void => {
  const slot = num * OFFSET_FIELDS.length + FIELD_NUMBER[field];
  const { ids, positions } = offsets;
  const last = offsets.table[slot + 1]!;
  let at = offsets.positionTable[slot]!;
  const stop = offsets.positionTable[slot + 1]!;
  let previousEnd = 0;
  for (let word = offsets.table[slot]!; word < last; word += 1) {
    let gap = 0;
    let length = 0;
    // Two varints of at most four bytes (28 bits: texts are far shorter).
    for (let which = 0; which < 2; which += 1) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        if (at >= stop || shift > 21) return;
        byte = positions[at++]!;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      if (which === 0) gap = value;
      else length = value;
    }
    const start = previousEnd + gap;
    previousEnd = start + length;
    if (visit(ids[word]!, start, previousEnd)) return;
  }
};

/** The vocabulary numbers of one field's first `maxWords` words (a view, not a copy). */
export const readTermIds = (
  offsets: TermOffsets,
  num: number,
  field: OffsetField,
  maxWords = Infinity,
): Uint32Array => {
  const slot = num * OFFSET_FIELDS.length + FIELD_NUMBER[field];
  const first = offsets.table[slot]!;
  return offsets.ids.subarray(first, Math.min(offsets.table[slot + 1]!, first + maxWords));
};
