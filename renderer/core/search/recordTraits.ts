import { DOC_KINDS } from '../vocabulary';
import type { DocumentKind } from '../content';
import type { SearchRecord } from './searchRecords';

// What the ranking loop asks of every record it keeps (a document or an entry, which kind of document,
// whether it states a penalty, which document it belongs to), read once when the engine is made and held
// in typed arrays. Records differ in shape (optional fields), so reading their properties per hit was
// megamorphic: a CPU profile of the bench queries put a third of the loop's own time on `r.penalty` alone.

export const IS_DOCUMENT = 1;
export const STATES_PENALTY = 2;

export interface RecordTraits {
  /** IS_DOCUMENT and STATES_PENALTY bits, per record. */
  flags: Uint8Array;
  /** Per record, the index of its document's kind in DOC_KINDS. */
  kindOf: Uint8Array;
  /** Per record, a number for its document id (the order of first appearance). */
  docOrd: Int32Array;
  /** Document id → its number in `docOrd`. */
  ordOf: ReadonlyMap<string, number>;
}

export const KIND_INDEX: Readonly<Record<DocumentKind, number>> = Object.fromEntries(
  DOC_KINDS.map((k, i) => [k, i]),
) as Record<DocumentKind, number>;

export const buildRecordTraits = (records: readonly SearchRecord[]): RecordTraits => {
  const ordOf = new Map<string, number>();
  const flags = new Uint8Array(records.length);
  const kindOf = new Uint8Array(records.length);
  const docOrd = new Int32Array(records.length);
  records.forEach((r, n) => {
    flags[n] = (r.kind === 'document' ? IS_DOCUMENT : 0) | (r.penalty ? STATES_PENALTY : 0);
    kindOf[n] = KIND_INDEX[r.docKind];
    let ord = ordOf.get(r.docId);
    if (ord === undefined) {
      ord = ordOf.size;
      ordOf.set(r.docId, ord);
    }
    docOrd[n] = ord;
  });
  return { flags, kindOf, docOrd, ordOf };
};

/**
 * The same records, every one with every field in the same order (absent ones undefined): V8 then gives
 * them one hidden class, and the reads left per hit (a snippet's text, the hit's id and heading) stay
 * monomorphic. Records built by the compiler differ in shape (number, penalty, aliases… only when present).
 */
export const sameShape = (records: readonly SearchRecord[]): SearchRecord[] =>
  records.map((r) => ({
    id: r.id,
    docId: r.docId,
    kind: r.kind,
    docKind: r.docKind,
    jurisdiction: r.jurisdiction,
    number: r.number,
    citation: r.citation,
    heading: r.heading,
    names: r.names,
    aliases: r.aliases,
    shortNames: r.shortNames,
    text: { fr: r.text.fr, en: r.text.en, sw: r.text.sw },
    context: r.context,
    penalty: r.penalty,
    cites: r.cites,
  }));

/** The numbers of some document ids (ids the pack lacks are left out). */
export const docOrdinals = (traits: RecordTraits, docIds: Iterable<string>): Set<number> => {
  const out = new Set<number>();
  for (const id of docIds) {
    const ord = traits.ordOf.get(id);
    if (ord !== undefined) out.add(ord);
  }
  return out;
};
