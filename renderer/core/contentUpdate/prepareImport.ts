import { choosePack, type LoadedPack, type LoadOptions, readPackFile } from '../content';
import { type DeltaStep, isDeltaFile, openDeltaFile } from '../content/publishFace';
import { diffPacks, type PackDiff } from './diffPacks';
import { maxAcceptedVersion } from './versionPolicy';

export interface PreparedImport {
  candidate: LoadedPack;
  diff: PackDiff;
  /** The full .dalili-pack to keep as the imported pack: the file itself, or the one rebuilt from a delta. */
  packFile: Uint8Array;
  /** Set for a delta (.dalili-delta): the version it was built on (the pack in use). */
  deltaBase?: number;
}

export interface PrepareOptions extends Omit<LoadOptions, 'minPackVersion' | 'maxPackVersion'> {
  /** Steps of a delta import, while the full parts are rebuilt and checked. */
  onProgress?: (step: DeltaStep) => void;
}

/**
 * Verifies a .dalili-pack or a .dalili-delta from a USB stick against the pack in use, without
 * changing anything: refused (PackError) when damaged, untrusted, revoked, older, the same version,
 * further ahead than MAX_VERSION_JUMP above the highest version seen here, or, for a delta, made on
 * another base; otherwise returns the verified pack and what it would change, for the person to confirm.
 */
export async function prepareImport(
  bytes: Uint8Array,
  current: LoadedPack,
  options: PrepareOptions,
  highestSeen = 0,
): Promise<PreparedImport> {
  const { onProgress, ...loadOptions } = options;
  const max = maxAcceptedVersion(current.manifest.packVersion, highestSeen);
  const delta = isDeltaFile(bytes);
  let packFile = bytes;
  const choice = await choosePack(
    current,
    async (minPackVersion) => {
      const bounds = {
        ...loadOptions,
        maxPackVersion: max,
        ...(minPackVersion !== undefined ? { minPackVersion } : {}),
      };
      if (!delta) return readPackFile(bytes, bounds);
      const opened = await openDeltaFile(bytes, current, {
        ...bounds,
        ...(onProgress ? { onProgress } : {}),
      });
      packFile = opened.packFile;
      return opened.pack;
    },
    max,
  );
  if (!choice.accepted) throw choice.error;
  return {
    candidate: choice.pack,
    diff: diffPacks(current, choice.pack),
    packFile,
    ...(delta ? { deltaBase: current.manifest.packVersion } : {}),
  };
}
