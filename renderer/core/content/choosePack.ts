import { PackError, isPackError } from './packError';
import type { LoadedPack } from './loadPack';

// Keep-last-good: a candidate pack (an import, an update) replaces the current one only when it
// loaded and verified completely and is strictly newer. Anything else leaves the current pack in place.

export type PackChoice =
  | { accepted: true; pack: LoadedPack; previous: LoadedPack | null }
  | { accepted: false; pack: LoadedPack | null; error: PackError };

/**
 * `loadCandidate` receives the minimum and maximum versions to ask for, so older packs and packs
 * jumping too far ahead (`maxPackVersion`, see contentUpdate/versionPolicy.ts) fail before hashing.
 */
export const choosePack = async (
  current: LoadedPack | null,
  loadCandidate: (minPackVersion: number | undefined, maxPackVersion?: number) => Promise<LoadedPack>,
  maxPackVersion?: number,
): Promise<PackChoice> => {
  const currentVersion = current?.manifest.packVersion;
  let candidate: LoadedPack;
  try {
    candidate = await loadCandidate(currentVersion, maxPackVersion);
  } catch (error) {
    // A non-pack error (I/O, a bug) must not leave the app without its current pack either.
    const packError = isPackError(error) ? error : new PackError('malformed', undefined, String(error));
    return { accepted: false, pack: current, error: packError };
  }
  const version = candidate.manifest.packVersion;
  if (maxPackVersion !== undefined && version > maxPackVersion) {
    return { accepted: false, pack: current, error: new PackError('version-jump', undefined, `${version}`) };
  }
  if (currentVersion !== undefined) {
    if (version < currentVersion) {
      return { accepted: false, pack: current, error: new PackError('older-version', undefined, `${version}`) };
    }
    if (version === currentVersion) {
      return { accepted: false, pack: current, error: new PackError('same-version', undefined, `${version}`) };
    }
  }
  return { accepted: true, pack: candidate, previous: current };
};
