import { DOC_KINDS } from '../vocabulary';
import type { DocumentKind, Jurisdiction, ListedDocument } from '../content';

type Grouped = Pick<ListedDocument, 'kind' | 'jurisdiction'>;

export interface JurisdictionGroup<D extends Grouped = ListedDocument> {
  jurisdiction: Jurisdiction;
  documents: D[];
}

export interface KindGroup<D extends Grouped = ListedDocument> {
  kind: DocumentKind;
  jurisdictions: JurisdictionGroup<D>[];
}

// Congolese law first (what a magistrate applies), then regional, then international instruments.
const KIND_ORDER: readonly DocumentKind[] = DOC_KINDS;
const JURISDICTION_ORDER: readonly Jurisdiction[] = ['RDC', 'regional', 'international'];

/** Documents by kind, then jurisdiction; within a group, the pack's order. Empty groups are left out. */
export function groupDocuments<D extends Grouped>(documents: readonly D[]): KindGroup<D>[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    jurisdictions: JURISDICTION_ORDER.map((jurisdiction) => ({
      jurisdiction,
      documents: documents.filter((d) => d.kind === kind && d.jurisdiction === jurisdiction),
    })).filter((group) => group.documents.length > 0),
  })).filter((group) => group.jurisdictions.length > 0);
}
