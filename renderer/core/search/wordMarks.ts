// A byte per vocabulary word, kept by the engine and all zero between uses. A query marks the words it
// looks for (the terms a snippet highlights, the first words of adjacent runs); the words of a text are
// then tested on one byte each rather than looked up in a Set.

/** Sets `marks` for `ids` while `work` runs, then clears them, whatever happens. */
export const withWordMarks = <T>(marks: Uint8Array, ids: Iterable<number>, work: () => T): T => {
  const marked = [...ids];
  for (const id of marked) marks[id] = 1;
  try {
    return work();
  } finally {
    for (const id of marked) marks[id] = 0;
  }
};
