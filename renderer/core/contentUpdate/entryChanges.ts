import type { Entry, VerificationLevel } from '../content';

// What changed in one entry, in the words a jurist checks an update with: the official text added,
// changed or removed, the level, the summary, the heading, the sources, the versions in time.
// Everything else (tags, links, questions, translations…) is reported as "other information".

export type EntryField =
  | 'official-added'
  | 'official-changed'
  | 'official-removed'
  | 'level'
  | 'summary'
  | 'heading'
  | 'sources'
  | 'versions'
  | 'other';

export interface EntryChange {
  id: string;
  /** The entry's heading (French, as the library shows it). */
  label: string;
  change: 'added' | 'removed' | 'changed';
  /** For 'changed': what differs, in a fixed order. */
  fields: EntryField[];
  /** Set when the level changed. */
  level?: { from: VerificationLevel; to: VerificationLevel };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const OWN_FIELDS: readonly string[] = [
  'official',
  'verification',
  'text',
  'heading',
  'sources',
  'versions',
  'inForce',
  'nature',
];

/** The fields that differ between two versions of the same entry; empty when they are equal. */
export const changedFields = (before: Entry, after: Entry): EntryField[] => {
  const fields: EntryField[] = [];
  if (!before.official && after.official) fields.push('official-added');
  else if (before.official && !after.official) fields.push('official-removed');
  else if (!same(before.official, after.official)) fields.push('official-changed');
  if (before.verification.status !== after.verification.status) fields.push('level');
  if (!same(before.text, after.text)) fields.push('summary');
  if (before.heading !== after.heading) fields.push('heading');
  if (!same(before.sources, after.sources)) fields.push('sources');
  if (!same(before.versions, after.versions) || !same(before.inForce, after.inForce)) fields.push('versions');
  const rest = (e: Entry) => Object.entries(e).filter(([key]) => !OWN_FIELDS.includes(key));
  // The verification note and dates count as "other" when the level itself did not change.
  const verificationRest = (e: Entry) => ({ ...e.verification, status: undefined });
  if (!same(rest(before), rest(after)) || !same(verificationRest(before), verificationRest(after)))
    fields.push('other');
  return fields;
};

/** Entry by entry, in the new order, then the removed ones in the old order. */
export const entryChanges = (before: readonly Entry[], after: readonly Entry[]): EntryChange[] => {
  const old = new Map(before.map((e) => [e.id, e]));
  const kept = new Set(after.map((e) => e.id));
  const changes: EntryChange[] = [];
  for (const entry of after) {
    const previous = old.get(entry.id);
    if (!previous) {
      changes.push({ id: entry.id, label: entry.heading, change: 'added', fields: [] });
      continue;
    }
    const fields = changedFields(previous, entry);
    if (fields.length === 0) continue;
    changes.push({
      id: entry.id,
      label: entry.heading,
      change: 'changed',
      fields,
      ...(fields.includes('level')
        ? { level: { from: previous.verification.status, to: entry.verification.status } }
        : {}),
    });
  }
  for (const entry of before) {
    if (!kept.has(entry.id))
      changes.push({ id: entry.id, label: entry.heading, change: 'removed', fields: [] });
  }
  return changes;
};
