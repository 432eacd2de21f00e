import { readFileSync } from 'node:fs';
import type { LoadedPack } from '../../../renderer/core/content/loadPack';
import { loadPack } from '../../../renderer/core/content/loadPack';
import { readPackFile } from '../../../renderer/core/content/packFile';
import { TRUSTED_KEYS } from '../../../renderer/core/content/trustedKeys';
import { folderReader, isDirectory } from '../packFolder';

// Verifies a pack folder or a .dalili-pack exactly as the app does, with the app's trust list.

export const verifyPath = (path: string, allowDevKeys: boolean): Promise<LoadedPack> => {
  const options = { trustedKeys: TRUSTED_KEYS, allowDevKeys };
  return isDirectory(path)
    ? loadPack(folderReader(path), options)
    : readPackFile(new Uint8Array(readFileSync(path)), options);
};

export const describePack = (pack: LoadedPack): string => {
  const m = pack.manifest;
  return (
    `pack v${m.packVersion} (schema ${m.schemaVersion}), created ${m.createdAt}, valid as of ${m.validAsOf}; ` +
    `${m.counts.documents} documents, ${m.counts.entries} entries; signed by ${pack.signedBy.id}` +
    (pack.signedBy.dev ? ' (DEVELOPMENT key: pack de développement)' : '')
  );
};
