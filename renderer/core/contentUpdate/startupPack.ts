import { isPackError, type LoadedPack, type OpenedPack, PackError } from '../content';

/** A pack as the start-up chooses it: opened (its head checked) at first, then complete. */
interface Versioned {
  manifest: { packVersion: number };
}

export interface StartupPack<P extends Versioned = LoadedPack> {
  pack: P;
  source: 'bundled' | 'imported';
  /** Set when a pack was refused at start and another one is in use instead. */
  refused?: { source: 'bundled' | 'imported'; error: PackError };
  /**
   * Set when the pack in use is older than the highest version this computer has had in use
   * (trustState.ts): the imported pack was removed or replaced by an older one. Said, not hidden.
   */
  rolledBack?: { highestSeen: number };
}

/** The chosen pack, and the other one that opened too, in case the chosen one fails later. */
export type StartupChoice<P extends Versioned> = StartupPack<P> & { other?: P };

/**
 * Adds the rolled-back notice when the chosen pack is below the highest version seen here, unless
 * the person knowingly went back from exactly that version (`acknowledged`).
 */
export function withRollbackCheck<S extends StartupPack<Versioned>>(
  startup: S,
  highestSeen: number,
  acknowledged?: number,
): S {
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
export async function resolveStartupPack<P extends Versioned>(
  loadBundled: () => Promise<P>,
  loadImported: () => Promise<P | undefined>,
): Promise<StartupChoice<P>> {
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
    return { pack: importedPack, source: 'imported', other: bundled.value };
  }
  // An app update can bring a bundled pack newer than an older import: the newer one wins.
  return { pack: bundled.value, source: 'bundled', ...(importedPack ? { other: importedPack } : {}) };
}

/**
 * Checks the rest of the chosen pack (entries, tags, index). If a part of it is refused there, the
 * other pack takes over when it is whole (last good, as at start), and the refusal is reported;
 * otherwise the refusal is thrown. Nothing of the refused part has been shown.
 */
export async function completeStartupPack(choice: StartupChoice<OpenedPack>): Promise<StartupPack> {
  const { pack, other, ...rest } = choice;
  try {
    return { ...rest, pack: await pack.complete() };
  } catch (error) {
    const refusal = asPackError(error);
    if (!other) throw refusal;
    return {
      pack: await other.complete(),
      source: choice.source === 'bundled' ? 'imported' : 'bundled',
      refused: { source: choice.source, error: refusal },
    };
  }
}
