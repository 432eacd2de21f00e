// An entry that names no source is "from memory" and may not ship (issue 14): the compiler refuses it.
// The switch stays so that a large research effort can be staged on a branch, never on main.
export const GAPS_ARE_ERRORS = true;
