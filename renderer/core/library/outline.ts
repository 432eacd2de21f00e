import type { ContentDocument, OutlineNode } from '../content';

/** One line of a table of contents or of the reading order, flattened from the outline tree. */
export type OutlineItem =
  | { type: 'heading'; key: string; title: string; level: number; text?: string; editorial?: boolean }
  | { type: 'entry'; key: string; id: string; level: number };

/** Depth-first, in reading order. `level` counts structure headings above (0 = top). */
export function flattenOutline(nodes: readonly OutlineNode[], level = 0, prefix = 'h'): OutlineItem[] {
  const items: OutlineItem[] = [];
  nodes.forEach((node, index) => {
    if (node.type === 'entry') {
      items.push({ type: 'entry', key: node.id, id: node.id, level });
      return;
    }
    const key = `${prefix}-${index}`;
    items.push({
      type: 'heading',
      key,
      title: node.title,
      level,
      ...(node.text ? { text: node.text } : {}),
      ...(node.editorial ? { editorial: true } : {}),
    });
    items.push(...flattenOutline(node.children, level + 1, key));
  });
  return items;
}

/** Entries the outline does not place (a pack should have none) go at the end rather than vanish. */
export function readingOrder(doc: ContentDocument): OutlineItem[] {
  const items = flattenOutline(doc.outline);
  const placed = new Set(items.flatMap((item) => (item.type === 'entry' ? [item.id] : [])));
  for (const id of doc.entryIds) {
    if (!placed.has(id)) items.push({ type: 'entry', key: id, id, level: 0 });
  }
  return items;
}

export interface Neighbours {
  previous?: string;
  next?: string;
}

/** The entries before and after `entryId` in document order; with no entry, "next" is the first. */
export function neighbours(doc: ContentDocument, entryId: string | undefined): Neighbours {
  const ids = doc.entryIds;
  if (entryId === undefined) return ids[0] ? { next: ids[0] } : {};
  const at = ids.indexOf(entryId);
  if (at < 0) return {};
  const result: Neighbours = {};
  if (at > 0) result.previous = ids[at - 1];
  if (at < ids.length - 1) result.next = ids[at + 1];
  return result;
}

/** `loi-09-001/art-53` → `art-53`: the part used in addresses. */
export function localEntryId(fullId: string): string {
  const slash = fullId.indexOf('/');
  return slash < 0 ? fullId : fullId.slice(slash + 1);
}

/**
 * The library address of a document or an entry, as links and the router use it; `asOf` (ISO date) reads
 * the texts as in force on that day (`?au=`, issue 20).
 */
export function libraryHref(docId: string, entryId?: string, asOf?: string): string {
  const base = `#/bibliotheque/${encodeURIComponent(docId)}`;
  const path = entryId ? `${base}/${encodeURIComponent(localEntryId(entryId))}` : base;
  return asOf ? `${path}?au=${asOf}` : path;
}
