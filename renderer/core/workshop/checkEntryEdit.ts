import type { Entry } from '../content';
import { applyEntryEdit } from './applyEdits';
import { levelShortfall, type LevelShortfall, type OfficialProblem, officialProblems } from './entryRules';
import type { EntryEdit } from './workshopEdits';

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
