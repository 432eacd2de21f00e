import { isPackError, type LoadedPack, PackError } from '../content';

export interface StartupPack {
  pack: LoadedPack;
  source: 'bundled' | 'imported';
  /** Set when a pack was refused at start and another one is in use instead. */
  refused?: { source: 'bundled' | 'imported'; error: PackError };
  /**
   * Set when the pack in use is older than the highest version this computer has had in use
   * (trustState.ts): the imported pack was removed or replaced by an older one. Said, not hidden.
   */
  rolledBack?: { highestSeen: number };
}

/**
 * Adds the rolled-back notice when the chosen pack is below the highest version seen here, unless
 * the person knowingly went back from exactly that version (`acknowledged`).
 */
export function withRollbackCheck(
  startup: StartupPack,
  highestSeen: number,
  acknowledged?: number,
): StartupPack {
  const rolledBack = startup.pack.manifest.packVersion < highestSeen && acknowledged !== highestSeen;
  return rolledBack ? { ...startup, rolledBack: { highestSeen } } : startup;
}

const asPackError = (error: unknown): PackError =>
  isPackError(error) ? error : new PackError('malformed', undefined, 'unexpected');

/**
 * Chooses the pack to show: the imported update when it verifies and is newer than the bundled one,
 * the bundled pack otherwise. Whichever fails is reported, and the other stays in use (last good).
 * Throws only when no pack at all can be verified.
 */
export async function resolveStartupPack(
  loadBundled: () => Promise<LoadedPack>,
  loadImported: () => Promise<LoadedPack | undefined>,
): Promise<StartupPack> {
  const [bundled, imported] = await Promise.allSettled([loadBundled(), loadImported()]);
  const importedPack = imported.status === 'fulfilled' ? imported.value : undefined;
  if (bundled.status === 'rejected') {
    const error = asPackError(bundled.reason);
    if (importedPack)
      return { pack: importedPack, source: 'imported', refused: { source: 'bundled', error } };
    throw error;
  }
  if (imported.status === 'rejected') {
    return {
      pack: bundled.value,
      source: 'bundled',
      refused: { source: 'imported', error: asPackError(imported.reason) },
    };
  }
  if (importedPack && importedPack.manifest.packVersion > bundled.value.manifest.packVersion) {
    return { pack: importedPack, source: 'imported' };
  }
  // An app update can bring a bundled pack newer than an older import: the newer one wins.
  return { pack: bundled.value, source: 'bundled' };
}
