import type { ContentDocument, Entry, OfficialText, VerificationLevel } from '../content';
import { sha256Hex } from '../text';

// What the workshop changes in the pack in use, as data: the screen keeps these (encrypted, with their
// undo history), « Publier » applies them to the pack, and « Exporter pour les mainteneurs » writes them
// to a file that `npm run content:merge-edits` applies to the Markdown sources. Each edit names the
// entry it changes and a fingerprint of that entry as it was before: the merge refuses an edit whose
// entry has changed since, instead of overwriting someone else's work.

export interface EntryVerification {
  status: VerificationLevel;
  /** Required at a-verifier (which point is open), optional above. */
  note?: string;
}

/** The new state of one entry's workshop fields; a field left out stays as the pack has it. */
export interface EntryEdit {
  kind: 'entry';
  /** Full entry id, `<docId>/<entryId>`. */
  entryId: string;
  /** `entryFingerprint` of the entry in the pack the edit was made on. */
  base: string;
  /** The official wording keyed in; `null` removes the one the pack has. */
  official?: OfficialText | null;
  verification?: EntryVerification;
}

/** A structure heading marked (or no longer marked) as Dalili's own grouping, « {.editorial} » in the source. */
export interface HeadingEdit {
  kind: 'heading';
  docId: string;
  /** Child indexes from the top of the document's outline down to the heading. */
  at: number[];
  /** The heading's title, as a check that `at` still points at it. */
  title: string;
  /** `documentFingerprint` of the document in the pack the edit was made on. */
  base: string;
  editorial: boolean;
}

export type WorkshopEdit = EntryEdit | HeadingEdit;

/** One step of the history: the target's new edit, or `null` when its edits are dropped (« Annuler les modifications »). */
export interface EditStep {
  key: string;
  edit: WorkshopEdit | null;
}

export const editKey = (edit: WorkshopEdit): string =>
  edit.kind === 'entry' ? `entry:${edit.entryId}` : `heading:${edit.docId}:${edit.at.join('.')}`;

/** The edits in force after the first `cursor` steps: for each target, its last step. */
export function currentEdits(steps: readonly EditStep[], cursor: number = steps.length): WorkshopEdit[] {
  const byKey = new Map<string, WorkshopEdit | null>();
  for (const step of steps.slice(0, cursor)) {
    byKey.delete(step.key);
    byKey.set(step.key, step.edit);
  }
  return [...byKey.values()].filter((edit): edit is WorkshopEdit => edit !== null);
}

/** JSON with keys sorted at every level, so the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The entry as compiled (the pack's `entries.json` line, or the compiler's model): SHA-256 of its canonical JSON. */
export const entryFingerprint = (entry: Entry): Promise<string> => sha256Hex(canonicalJson(entry));

/** The same for a document (its outline included). */
export const documentFingerprint = (doc: ContentDocument): Promise<string> => sha256Hex(canonicalJson(doc));
