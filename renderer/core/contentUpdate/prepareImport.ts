import { choosePack, type LoadedPack, type LoadOptions, readPackFile } from '../content';
import { diffPacks, type PackDiff } from './diffPacks';
import { maxAcceptedVersion } from './versionPolicy';

export interface PreparedImport {
  candidate: LoadedPack;
  diff: PackDiff;
}

/**
 * Verifies a .dalili-pack from a USB stick against the pack in use, without changing anything:
 * refused (PackError) when damaged, untrusted, revoked, older, the same version, or further ahead than
 * MAX_VERSION_JUMP above the highest version seen here; otherwise returns the verified pack and what
 * it would change, for the person to confirm.
 */
export async function prepareImport(
  bytes: Uint8Array,
  current: LoadedPack,
  options: Omit<LoadOptions, 'minPackVersion' | 'maxPackVersion'>,
  highestSeen = 0,
): Promise<PreparedImport> {
  const max = maxAcceptedVersion(current.manifest.packVersion, highestSeen);
  const choice = await choosePack(
    current,
    (minPackVersion) =>
      readPackFile(bytes, {
        ...options,
        maxPackVersion: max,
        ...(minPackVersion !== undefined ? { minPackVersion } : {}),
      }),
    max,
  );
  if (!choice.accepted) throw choice.error;
  return { candidate: choice.pack, diff: diffPacks(current, choice.pack) };
}
