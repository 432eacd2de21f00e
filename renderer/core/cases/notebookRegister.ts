import type { VaultRecord } from '../vault';
import type { CaseFile } from './caseSchemas';
import type { NotebookStateRead } from './notebookState';

/** What the notebook's register says about the whole notebook at unlock (issue 18, point 3). */
export interface NotebookRegisterCheck {
  /** Commits so far (0 in a notebook not saved since issue 18). */
  counter: number;
  /** When the last commit was written; 0 when unknown. */
  savedAt: number;
  /** Cases were sealed, but the register is missing or unreadable: it was deleted or replaced. */
  registerMissing: boolean;
  /** Some case carries a later counter than the register: the register went back to an older copy. */
  registerOlder: boolean;
  /** Cases the register lists and the notebook no longer holds. */
  missingCases: number;
  /** Cases whose last save the register knows is later than the copy on disk. */
  olderCases: string[];
}

export function checkNotebookRegister(
  read: NotebookStateRead,
  cases: readonly VaultRecord<Pick<CaseFile, 'seal'>>[],
  unreadableCases: number,
  purged: ReadonlySet<string> = new Set(),
): NotebookRegisterCheck {
  const { state } = read;
  const present = new Set(cases.map((c) => c.id));
  const highest = Math.max(0, ...cases.map((c) => c.payload.seal?.counter ?? 0));
  const olderCases = cases
    .filter((c) => {
      const seen = state.cases[c.id];
      return seen !== undefined && seen[0] > (c.payload.seal?.counter ?? 0);
    })
    .map((c) => c.id);
  // Unreadable or newer case records are reported on their own; they are not "missing".
  const listed = Object.keys(state.cases).filter((id) => !present.has(id) && !purged.has(id)).length;
  return {
    counter: state.counter,
    savedAt: state.savedAt,
    registerMissing: read.status !== 'ok' && highest > 0,
    registerOlder: read.status === 'ok' && state.counter < highest,
    missingCases: Math.max(0, listed - unreadableCases),
    olderCases,
  };
}
