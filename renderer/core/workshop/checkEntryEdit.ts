import type { ContentDocument, Entry } from '../content';
import { applyEntryEdit, headingAt } from './applyEdits';
import { levelShortfall, type LevelShortfall, type OfficialProblem, officialProblems } from './entryRules';
import type { EntryEdit, WorkshopEdit } from './workshopEdits';

export interface EntryEditProblems {
  official: OfficialProblem[];
  level?: LevelShortfall;
  /** The official text is only for law articles (content/README.md). */
  notALaw?: true;
}

export const hasProblems = (p: EntryEditProblems): boolean =>
  p.official.length > 0 || p.level !== undefined || p.notALaw === true;

/** The compiler's rules on the entry as the edit would leave it: each problem tied to the field to correct. */
export function checkEntryEdit(entry: Entry, edit: EntryEdit): EntryEditProblems {
  const official = edit.official ? officialProblems(edit.official) : [];
  const after = applyEntryEdit(entry, edit);
  const level = levelShortfall(after.verification.status, after.sources, {
    officialText: after.official !== undefined,
    note: Boolean(after.verification.note),
  });
  return {
    official,
    ...(level ? { level } : {}),
    ...(edit.official && entry.kind !== 'article' ? { notALaw: true as const } : {}),
  };
}

/** Whether an edit can be published on this pack: its target exists and it meets the compiler's rules. */
export function editIsValid(
  entryById: (id: string) => Entry | undefined,
  documentById: (id: string) => ContentDocument | undefined,
  edit: WorkshopEdit,
): boolean {
  if (edit.kind === 'heading') {
    const doc = documentById(edit.docId);
    return doc !== undefined && headingAt(doc.outline, edit.at)?.title === edit.title;
  }
  const entry = entryById(edit.entryId);
  return entry !== undefined && !hasProblems(checkEntryEdit(entry, edit));
}
