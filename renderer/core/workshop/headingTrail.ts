import type { OutlineNode } from '../content';

/** A structure heading above an entry: where it is in the outline, its title and whether Dalili added it. */
export interface TrailHeading {
  at: number[];
  title: string;
  editorial: boolean;
}

/** The structure headings above an entry, outermost first (what « mark as Dalili's grouping » acts on). */
export function headingTrail(outline: readonly OutlineNode[], entryId: string): TrailHeading[] {
  const walk = (
    nodes: readonly OutlineNode[],
    path: number[],
    trail: TrailHeading[],
  ): TrailHeading[] | undefined => {
    for (const [i, node] of nodes.entries()) {
      if (node.type === 'entry') {
        if (node.id === entryId) return trail;
        continue;
      }
      const found = walk(
        node.children,
        [...path, i],
        [...trail, { at: [...path, i], title: node.title, editorial: node.editorial === true }],
      );
      if (found) return found;
    }
    return undefined;
  };
  return walk(outline, [], []) ?? [];
}
