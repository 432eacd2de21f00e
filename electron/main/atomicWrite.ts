import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

// Every file main writes goes through here: exclusive create of a random temporary name beside the
// target (so nothing else's file is ever reused or followed), write, fsync, rename over the target,
// fsync of the folder (where the platform allows it: not on Windows), and the temporary file removed
// on any failure. A crash leaves at worst a `.…​.dalili-tmp` file, which the next start sweeps
// (pendingWrites.ts). The target itself is either the old file or the complete new one.

export const TEMP_SUFFIX = '.dalili-tmp';
const TEMP_NAME = /^\..+\.[0-9a-f]{16}\.dalili-tmp$/;

export function temporaryPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(8).toString('hex')}${TEMP_SUFFIX}`,
  );
}

export const isTemporaryName = (name: string): boolean => TEMP_NAME.test(name);

/** fsync of a folder makes a rename durable on POSIX; Windows cannot open folders for it. */
export async function syncFolder(
  folder: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Hooks so the caller can note a temporary file before it exists and forget it once gone. */
export interface TempTracker {
  add(temporary: string): Promise<void>;
  remove(temporary: string): Promise<void>;
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  tracker?: TempTracker,
): Promise<void> {
  const temporary = temporaryPathFor(target);
  await tracker?.add(temporary);
  let created = false;
  try {
    const file = await open(temporary, 'wx', 0o600);
    created = true;
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
    created = false;
    await syncFolder(path.dirname(target));
  } catch (error) {
    if (created) await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    await tracker?.remove(temporary);
  }
}

/** Removes Dalili's temporary files left in `folder` (a crash mid-write). Returns how many. */
export async function sweepTemporaryFiles(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter(isTemporaryName)) {
    await unlink(path.join(folder, name)).then(
      () => (removed += 1),
      () => undefined,
    );
  }
  return removed;
}
