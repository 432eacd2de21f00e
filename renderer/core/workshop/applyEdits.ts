import type { ContentDocument, Entry, OfficialText } from '../content';
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

/** The model with every edit applied; an edit naming an entry the model lacks is left out (the caller reports it). */
export function applyEdits(model: ContentModel, edits: readonly WorkshopEdit[]): ContentModel {
  const byEntry = new Map(edits.map((edit) => [edit.entryId, edit]));
  return {
    documents: model.documents,
    entries: model.entries.map((entry) => {
      const edit = byEntry.get(entry.id);
      return edit ? applyEntryEdit(entry, edit) : entry;
    }),
  };
}
