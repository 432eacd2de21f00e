import type { ContentDocument, Entry, LoadedPack } from '../content';
import { entryChanges, type EntryChange } from './entryChanges';

export interface DocumentChange {
  id: string;
  title: string;
  entriesAdded: number;
  entriesRemoved: number;
  entriesChanged: number;
  /** Entry by entry: added, removed, changed with the fields that changed (issue 20). */
  entries: EntryChange[];
}

export interface PackDiff {
  fromVersion: number;
  toVersion: number;
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
  changed: DocumentChange[];
}

// Documents compare by their own fields and by each entry's full content, so a changed penalty,
// source or verification status shows as a change even when the text is the same.
const documentFingerprint = ({ outline: _outline, entryIds: _entryIds, ...rest }: ContentDocument): string =>
  JSON.stringify(rest);

function entriesOf(pack: LoadedPack, docId: string): Entry[] {
  return pack.entries.filter((e) => e.docId === docId);
}

function entriesByDocument(pack: LoadedPack): Map<string, Map<string, string>> {
  const byDoc = new Map<string, Map<string, string>>();
  for (const entry of pack.entries) {
    const map = byDoc.get(entry.docId) ?? new Map<string, string>();
    map.set(entry.id, JSON.stringify(entry));
    byDoc.set(entry.docId, map);
  }
  return byDoc;
}

/** What an update would change, shown to the person before they activate it. */
export function diffPacks(current: LoadedPack, candidate: LoadedPack): PackDiff {
  const before = entriesByDocument(current);
  const after = entriesByDocument(candidate);
  const diff: PackDiff = {
    fromVersion: current.manifest.packVersion,
    toVersion: candidate.manifest.packVersion,
    added: [],
    removed: [],
    changed: [],
  };
  for (const doc of candidate.documents) {
    const previous = current.documentsById.get(doc.id);
    if (!previous) {
      diff.added.push({ id: doc.id, title: doc.title.fr });
      continue;
    }
    const oldEntries = before.get(doc.id) ?? new Map<string, string>();
    const newEntries = after.get(doc.id) ?? new Map<string, string>();
    let entriesAdded = 0;
    let entriesChanged = 0;
    for (const [id, body] of newEntries) {
      const old = oldEntries.get(id);
      if (old === undefined) entriesAdded += 1;
      else if (old !== body) entriesChanged += 1;
    }
    const entriesRemoved = [...oldEntries.keys()].filter((id) => !newEntries.has(id)).length;
    const ownChange = documentFingerprint(previous) !== documentFingerprint(doc);
    if (ownChange || entriesAdded || entriesRemoved || entriesChanged) {
      const entries = entryChanges(entriesOf(current, doc.id), entriesOf(candidate, doc.id));
      diff.changed.push({
        id: doc.id,
        title: doc.title.fr,
        entriesAdded,
        entriesRemoved,
        entriesChanged,
        entries,
      });
    }
  }
  for (const doc of current.documents) {
    if (!candidate.documentsById.has(doc.id)) diff.removed.push({ id: doc.id, title: doc.title.fr });
  }
  return diff;
}
