import { readFileSync } from 'node:fs';
import type { LoadedPack } from '../../../renderer/core/content/loadPack';
import { loadPack } from '../../../renderer/core/content/loadPack';
import { readPackFile } from '../../../renderer/core/content/packFile';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { PRODUCTION_ROOTS, type TrustedKey } from '../../../renderer/core/content/trustedKeys';
import { folderReader, isDirectory } from '../packFolder';

// Verifies a pack folder or a .dalili-pack exactly as the app does. `release` uses the roots a
// release build embeds (production only); otherwise the development root is trusted too.

export const rootsFor = (release: boolean): readonly TrustedKey[] => (release ? PRODUCTION_ROOTS : [...PRODUCTION_ROOTS, ...DEV_TRUST_ROOTS]);

export const verifyPath = (path: string, release: boolean, roots: readonly TrustedKey[] = rootsFor(release)): Promise<LoadedPack> => {
  const options = { trustedKeys: roots, allowDevKeys: !release };
  return isDirectory(path) ? loadPack(folderReader(path), options) : readPackFile(new Uint8Array(readFileSync(path)), options);
};

export const describePack = (pack: LoadedPack): string => {
  const m = pack.manifest;
  const s = pack.signedBy;
  return (
    `pack v${m.packVersion} (schema ${m.schemaVersion}), created ${m.createdAt}, valid as of ${m.validAsOf}; ` +
    `${m.counts.documents} documents, ${m.counts.entries} entries; signed by ${s.publisher} (${s.keyId}, ` +
    `certified by ${s.rootId} ${s.validFrom.slice(0, 10)} → ${s.validUntil.slice(0, 10)})` +
    (s.dev ? ' (DEVELOPMENT root: pack de développement)' : '')
  );
};
