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
  /** Each readable case and the seal counter of its stored copy (0 when never sealed). */
  cases: ReadonlyMap<string, number>,
  unreadableCases: number,
  purged: ReadonlySet<string> = new Set(),
): NotebookRegisterCheck {
  const { state } = read;
  const present = cases;
  let highest = 0;
  const olderCases: string[] = [];
  for (const [id, counter] of cases) {
    if (counter > highest) highest = counter;
    const seen = state.cases[id];
    if (seen !== undefined && seen[0] > counter) olderCases.push(id);
  }
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
