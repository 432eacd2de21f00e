import type { SearchHit } from '../../core/search';

/** The library's address of a hit: `bibliotheque/<docId>/<entryId>`, or the document itself. */
export function resultAddress(hit: Pick<SearchHit, 'id' | 'docId' | 'kind'>): string {
  const doc = encodeURIComponent(hit.docId);
  if (hit.kind === 'document') return `bibliotheque/${doc}`;
  const entry = hit.id.slice(hit.docId.length + 1);
  return `bibliotheque/${doc}/${encodeURIComponent(entry)}`;
}
