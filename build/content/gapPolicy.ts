// An entry that names no source is "from memory" and may not ship (issue 14). While the content is being
// researched the compiler lists such entries as gaps with a warning; the lead flips this one switch to
// make every gap a build error once the content helpers are done.
export const GAPS_ARE_ERRORS = false;
