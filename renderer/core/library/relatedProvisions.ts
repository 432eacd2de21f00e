import type { ContentDocument, Entry } from '../content';

export interface RelatedProvisions {
  /** Congolese provisions (jurisdiction RDC). */
  national: Entry[];
  /** International and regional instruments. */
  international: Entry[];
  /** Indicators that point at this entry. */
  indicators: Entry[];
  /** Ids the pack names but does not hold (shown as such rather than hidden). */
  missing: string[];
}

interface PackLookup {
  entriesById: ReadonlyMap<string, Entry>;
  documentsById: ReadonlyMap<string, ContentDocument>;
}

/** The "dispositions liées" of an entry, split national ↔ international, with the indicators pointing here. */
export function relatedProvisions(entry: Entry, pack: PackLookup): RelatedProvisions {
  const result: RelatedProvisions = { national: [], international: [], indicators: [], missing: [] };
  for (const id of entry.related) {
    const other = pack.entriesById.get(id);
    if (!other) {
      result.missing.push(id);
      continue;
    }
    const doc = pack.documentsById.get(other.docId);
    if (doc?.jurisdiction === 'RDC') result.national.push(other);
    else result.international.push(other);
  }
  for (const id of entry.indicators ?? []) {
    const indicator = pack.entriesById.get(id);
    if (indicator) result.indicators.push(indicator);
    else result.missing.push(id);
  }
  return result;
}

export function hasRelated(related: RelatedProvisions): boolean {
  return (
    related.national.length +
      related.international.length +
      related.indicators.length +
      related.missing.length >
    0
  );
}
