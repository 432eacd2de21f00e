import type { DocumentKind } from '../../core/content';
import { DOC_KINDS } from '../../core/vocabulary';
import type { SearchHit, SearchResponse } from '../../core/search';

// The overview of a search: the best few results of each kind in a block of its own (legal provisions,
// indicators, referral steps), then the actors on one line; "Voir tout" narrows the search to that kind.
// Blocks come in the order of their best result, so the ranking's intent rule shows here too (a "que
// faire" query opens on referral steps). The order of the options (what ↑ ↓ follow) is the order of the
// blocks, then of the hits in each. A query that cites provisions ("art 174 code penal") gets the list
// by document instead: it asked for those articles, in their order.

export type BlockKind = Exclude<DocumentKind, 'directory'>;
export const BLOCK_KINDS: readonly BlockKind[] = DOC_KINDS.filter((k): k is BlockKind => k !== 'directory');
/** Results shown per block: three of each fit above the fold at 1366×768. */
export const PER_BLOCK = 3;
export const ACTORS_SHOWN = 4;

export interface KindBlock {
  kind: DocumentKind;
  hits: SearchHit[];
  total: number;
}

export const kindBlocks = (response: SearchResponse): { blocks: KindBlock[]; actors: KindBlock } => {
  const of = (kind: DocumentKind, n: number): KindBlock => ({
    kind,
    hits: response.hits.filter((h) => h.docKind === kind).slice(0, n),
    total: response.totalsByKind[kind],
  });
  const firstAt = (block: KindBlock): number =>
    block.hits[0] ? response.hits.indexOf(block.hits[0]) : response.hits.length;
  const blocks = BLOCK_KINDS.map((k) => of(k, PER_BLOCK)).sort((a, b) => firstAt(a) - firstAt(b));
  return { blocks, actors: of('directory', ACTORS_SHOWN) };
};

/** The overview suits a search without a type filter that does not cite provisions. */
export const wantsOverview = (
  response: SearchResponse | undefined,
  kindFilter: DocumentKind | undefined,
): boolean => kindFilter === undefined && !(response?.hits[0]?.pinned ?? false);

/** Options in the order shown: each block's hits, then the actors. */
export const blockOptions = ({ blocks, actors }: { blocks: KindBlock[]; actors: KindBlock }): SearchHit[] => [
  ...blocks.flatMap((b) => b.hits),
  ...actors.hits,
];

/** The ids of the blocks' listboxes (`${listId}-${kind}`), for the search field's aria-controls. */
export const blockListIds = (
  listId: string,
  { blocks, actors }: { blocks: KindBlock[]; actors: KindBlock },
): string =>
  [...blocks, actors]
    .filter((b) => b.hits.length > 0)
    .map((b) => `${listId}-${b.kind}`)
    .join(' ');
