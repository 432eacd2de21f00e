// How far a pack's version may jump above what this computer has seen. Releases bump packVersion by
// one (build/content/packVersion.json), so a genuine update is a few versions ahead at most; a pack
// claiming version 2^53−1 would otherwise make every later genuine update look "older" forever.
// 50 leaves room for years of missed monthly updates; a bigger gap means installing a newer Dalili
// (whose bundled pack moves the base up) or importing the intermediate pack first.

export const MAX_VERSION_JUMP = 50;

/** The highest packVersion an import may have, given the version in use and the highest ever seen here. */
export const maxAcceptedVersion = (inUse: number, highestSeen = 0): number =>
  Math.max(inUse, highestSeen) + MAX_VERSION_JUMP;
