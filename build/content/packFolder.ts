import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReadPart } from '../../renderer/core/content/loadPack';
import { REPO_ROOT } from './signingKey';

// The unpacked pack, as Vite copies it next to index.html and the app fetches it (./pack/<part>).

export const DEFAULT_PACK_DIR = resolve(REPO_ROOT, 'renderer/public/pack');
export const DEFAULT_PACK_FILE_DIR = resolve(REPO_ROOT, 'out');

export const writePackFolder = (dir: string, parts: readonly (readonly [string, Uint8Array])[]): void => {
  // The folder is wholly generated: clearing it means a part dropped from the format cannot linger.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of parts) writeFileSync(join(dir, name), bytes);
};

export const folderReader =
  (dir: string): ReadPart =>
  (name) => {
    const path = join(dir, name);
    // Names come from the (not yet verified) manifest: never let one climb out of the folder.
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(name) || !existsSync(path)) return Promise.resolve(undefined);
    return Promise.resolve(new Uint8Array(readFileSync(path)));
  };

export const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
