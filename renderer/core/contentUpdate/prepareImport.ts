import { choosePack } from '../content/choosePack';
import type { LoadOptions, LoadedPack } from '../content/loadPack';
import { readPackFile } from '../content/packFile';
import { diffPacks, type PackDiff } from './diffPacks';

export interface PreparedImport {
  candidate: LoadedPack;
  diff: PackDiff;
}

/**
 * Verifies a .dalili-pack from a USB stick against the pack in use, without changing anything:
 * refused (PackError) when damaged, untrusted, older or the same version; otherwise returns the
 * verified pack and what it would change, for the person to confirm.
 */
export async function prepareImport(
  bytes: Uint8Array,
  current: LoadedPack,
  options: Omit<LoadOptions, 'minPackVersion'>,
): Promise<PreparedImport> {
  const choice = await choosePack(current, (minPackVersion) =>
    readPackFile(bytes, { ...options, ...(minPackVersion !== undefined ? { minPackVersion } : {}) }),
  );
  if (!choice.accepted) throw choice.error;
  return { candidate: choice.pack, diff: diffPacks(current, choice.pack) };
}
