import type { ContentDocument, Entry, OfficialText, OutlineNode } from '../content';
import type { EntryEdit, WorkshopEdit } from './workshopEdits';

// The edited model: the pack's documents and entries with the workshop's edits applied, in the shape and
// key order the content compiler gives (build/content/buildModel.ts), so a pack published from it is the
// same as one compiled from the merged Markdown sources (test/unit/workshop/mergeEditsRoundTrip.test.ts).

export interface ContentModel {
  documents: ContentDocument[];
  entries: Entry[];
}

// buildModel.ts's order of an entry's fields.
const ENTRY_KEYS: readonly (keyof Entry)[] = [
  'id',
  'docId',
  'kind',
  'number',
  'heading',
  'headingTranslations',
  'citation',
  'text',
  'path',
  'editorialPath',
  'nature',
  'official',
  'inForce',
  'versions',
  'verification',
  'sources',
  'related',
  'tags',
  'penalty',
  'dimension',
  'strength',
  'audience',
  'questions',
  'provisions',
  'referral',
  'indicators',
  'role',
];

const ordered = <T extends object>(value: T, keys: readonly (keyof T)[]): T => {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
};

/** The official text as the compiler writes it: trimmed as its schema trims, fields in order, no empty `number`. */
export const officialInOrder = (o: OfficialText): OfficialText => {
  const number = o.reference.number?.trim();
  return {
    text: o.text.trim(),
    reference: ordered(
      {
        publication: o.reference.publication.trim(),
        number: number || undefined,
        date: o.reference.date,
        page: o.reference.page.trim(),
      },
      ['publication', 'number', 'date', 'page'],
    ),
    keyedBy: o.keyedBy.trim(),
    keyedOn: o.keyedOn,
    verifiedBy: o.verifiedBy.trim(),
    verifiedOn: o.verifiedOn,
  };
};

/** One entry with its edit applied. */
export function applyEntryEdit(entry: Entry, edit: EntryEdit): Entry {
  const next: Entry = { ...entry };
  if (edit.official === null) delete next.official;
  else if (edit.official !== undefined) next.official = officialInOrder(edit.official);
  next.nature = next.official ? 'texte' : 'resume';
  if (edit.verification) {
    const note = edit.verification.note?.trim();
    next.verification = note
      ? { status: edit.verification.status, note }
      : { status: edit.verification.status };
  }
  return ordered(next, ENTRY_KEYS);
}

/** The heading at `at` in an outline, or undefined. */
export function headingAt(
  outline: readonly OutlineNode[],
  at: readonly number[],
): Extract<OutlineNode, { type: 'heading' }> | undefined {
  let nodes = outline;
  let node: OutlineNode | undefined;
  for (const i of at) {
    node = nodes[i];
    if (node?.type !== 'heading') return undefined;
    nodes = node.children;
  }
  return node?.type === 'heading' ? node : undefined;
}

const entryIdsUnder = (nodes: readonly OutlineNode[]): string[] =>
  nodes.flatMap((n) => (n.type === 'entry' ? [n.id] : entryIdsUnder(n.children)));

/** The outline with one heading's editorial mark set or removed, in the compiler's key order. */
function markHeading(
  nodes: readonly OutlineNode[],
  at: readonly number[],
  editorial: boolean,
): OutlineNode[] {
  const [first, ...rest] = at;
  return nodes.map((node, i) => {
    if (i !== first || node.type !== 'heading') return node;
    if (rest.length > 0) return { ...node, children: markHeading(node.children, rest, editorial) };
    return {
      type: 'heading',
      title: node.title,
      depth: node.depth,
      ...(editorial ? { editorial: true } : {}),
      ...(node.text ? { text: node.text } : {}),
      children: node.children,
    };
  });
}

/** The model with every edit applied; an edit naming something the model lacks is left out (the caller reports it). */
export function applyEdits(model: ContentModel, edits: readonly WorkshopEdit[]): ContentModel {
  const byEntry = new Map<string, EntryEdit>();
  // Entry id → the levels in its heading path to mark (true) or unmark (false).
  const marks = new Map<string, Map<number, boolean>>();
  let documents = model.documents;
  for (const edit of edits) {
    if (edit.kind === 'entry') {
      byEntry.set(edit.entryId, edit);
      continue;
    }
    documents = documents.map((doc) => {
      const heading = doc.id === edit.docId ? headingAt(doc.outline, edit.at) : undefined;
      if (!heading || heading.title !== edit.title) return doc;
      for (const id of entryIdsUnder(heading.children)) {
        const levels = marks.get(id) ?? new Map<number, boolean>();
        levels.set(edit.at.length - 1, edit.editorial);
        marks.set(id, levels);
      }
      return { ...doc, outline: markHeading(doc.outline, edit.at, edit.editorial) };
    });
  }
  return {
    documents,
    entries: model.entries.map((entry) => {
      const edit = byEntry.get(entry.id);
      const levels = marks.get(entry.id);
      let next = edit ? applyEntryEdit(entry, edit) : entry;
      if (levels) {
        const set = new Set(next.editorialPath ?? []);
        for (const [level, on] of levels) {
          if (on) set.add(level);
          else set.delete(level);
        }
        const editorialPath = [...set].sort((a, b) => a - b);
        next = ordered(
          { ...next, editorialPath: editorialPath.length > 0 ? editorialPath : undefined },
          ENTRY_KEYS,
        );
      }
      return next;
    }),
  };
}
