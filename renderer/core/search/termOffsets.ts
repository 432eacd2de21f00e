import { fromBase64, toBase64 } from '../crypto/bytes';
import { tokenSpans } from './analyzer';
import type { SearchRecord } from './searchRecords';

// Where each analysed word of a record sits in its texts, built with the index and carried in the pack:
// a compact forward index (what Lucene calls offsets or term vectors). Snippets, the adjacency re-read and
// quoted phrases read it instead of re-analysing texts at query time, which was most of the cost of a
// search on the bundled corpus. Words are vocabulary numbers (positions in the sorted vocabulary).
//
// Layout: one byte stream per record and field (names, fr, en, sw), concatenated. Each word is three
// unsigned LEB128 varints: vocabulary number, gap from the previous word's end, length. A table of
// Uint32 byte offsets (records × 4 + 1 entries) says where each stream starts. Exported as one base64
// string: the table (little-endian), then the streams.

export const OFFSET_FIELDS = ['names', 'fr', 'en', 'sw'] as const;
export type OffsetField = (typeof OFFSET_FIELDS)[number];
const FIELD_NUMBER: Readonly<Record<OffsetField, number>> = { names: 0, fr: 1, en: 2, sw: 3 };

export interface TermOffsets {
  /** Byte offset of stream (record × 4 + field), plus the end. */
  table: Uint32Array;
  streams: Uint8Array;
}

const fieldText = (r: SearchRecord, field: OffsetField): string => (field === 'names' ? r.names : r.text[field]);

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
export const buildTermOffsets = (records: readonly SearchRecord[], vocabNumber: (term: string) => number | undefined): TermOffsets => {
  const table = new Uint32Array(records.length * OFFSET_FIELDS.length + 1);
  const out = new ByteWriter();
  records.forEach((r, num) => {
    for (const field of OFFSET_FIELDS) {
      table[num * OFFSET_FIELDS.length + FIELD_NUMBER[field]] = out.length;
      let previousEnd = 0;
      for (const span of tokenSpans(fieldText(r, field))) {
        const id = vocabNumber(span.term);
        if (id === undefined) continue;
        out.varint(id);
        out.varint(span.start - previousEnd);
        out.varint(span.end - span.start);
        previousEnd = span.end;
      }
    }
  });
  table[table.length - 1] = out.length;
  return { table, streams: out.result() };
};

export const exportTermOffsets = (offsets: TermOffsets): string => {
  const head = new Uint8Array(offsets.table.length * 4);
  const view = new DataView(head.buffer);
  offsets.table.forEach((v, i) => view.setUint32(i * 4, v, true));
  const all = new Uint8Array(head.length + offsets.streams.length);
  all.set(head);
  all.set(offsets.streams, head.length);
  return toBase64(all);
};

/** Throws when the export does not fit `recordCount` records (the index is then rebuilt). */
export const importTermOffsets = (exported: string, recordCount: number): TermOffsets => {
  const all = fromBase64(exported);
  const entries = recordCount * OFFSET_FIELDS.length + 1;
  if (all.length < entries * 4) throw new Error('search offsets too short');
  const view = new DataView(all.buffer, all.byteOffset, entries * 4);
  const table = new Uint32Array(entries);
  const size = all.length - entries * 4;
  for (let i = 0; i < entries; i += 1) {
    const v = view.getUint32(i * 4, true);
    if (v > size || (i > 0 && v < table[i - 1]!)) throw new Error('search offsets table out of order');
    table[i] = v;
  }
  if (table[entries - 1] !== size) throw new Error('search offsets size mismatch');
  return { table, streams: all.subarray(entries * 4) };
};

/**
 * Calls `visit` with each indexed word of one field of one record, in text order: vocabulary number and
 * span. `visit` returning true stops. A damaged stream stops early rather than read past its end.
 */
export const forEachTerm = (
  offsets: TermOffsets,
  num: number,
  field: OffsetField,
  visit: (id: number, start: number, end: number) => boolean | void,
): void => {
  const slot = num * OFFSET_FIELDS.length + FIELD_NUMBER[field];
  const { streams, table } = offsets;
  let at = table[slot]!;
  const stop = table[slot + 1]!;
  let previousEnd = 0;
  while (at < stop) {
    let id = 0;
    let gap = 0;
    let length = 0;
    // Three varints of at most four bytes (28 bits: texts and vocabularies are far smaller); a stream cut
    // inside one, or a longer one, ends the walk.
    for (let which = 0; which < 3; which += 1) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        if (at >= stop || shift > 21) return;
        byte = streams[at++]!;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      if (which === 0) id = value;
      else if (which === 1) gap = value;
      else length = value;
    }
    const start = previousEnd + gap;
    previousEnd = start + length;
    if (visit(id, start, previousEnd)) return;
  }
};

/**
 * The vocabulary numbers of one field's words that start before `maxChars`, into `out` (cleared first).
 * The same walk as forEachTerm without a call per word: the adjacency re-read does it for every best hit.
 */
export const readTermIds = (offsets: TermOffsets, num: number, field: OffsetField, maxChars: number, out: number[]): number[] => {
  out.length = 0;
  const slot = num * OFFSET_FIELDS.length + FIELD_NUMBER[field];
  const { streams, table } = offsets;
  let at = table[slot]!;
  const stop = table[slot + 1]!;
  let position = 0;
  while (at < stop) {
    let id = 0;
    let gap = 0;
    let length = 0;
    for (let which = 0; which < 3; which += 1) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        if (at >= stop || shift > 21) return out;
        byte = streams[at++]!;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      if (which === 0) id = value;
      else if (which === 1) gap = value;
      else length = value;
    }
    const start = position + gap;
    if (start >= maxChars) return out;
    out.push(id);
    position = start + length;
  }
  return out;
};
