import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isTemporaryName, sweepTemporaryFiles, writeFileAtomic, type TempTracker } from './atomicWrite';

// Saves land in folders the person chooses, so a crash can leave a temporary file anywhere. Before a
// temporary file is created its path is noted in `pending-writes.json` in the data folder (itself
// written atomically); at the next start every path still listed is deleted (only if its name is one
// of ours), and the data folder is swept of our own temporary files. The list holds file paths only
// for the few seconds a save lasts; the names are dates, never case data.

export const PENDING_FILE = 'pending-writes.json';

export class PendingWrites implements TempTracker {
  private readonly pending = new Set<string>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  add(temporary: string): Promise<void> {
    this.pending.add(temporary);
    return this.persist();
  }

  remove(temporary: string): Promise<void> {
    this.pending.delete(temporary);
    return this.persist();
  }

  /** Writes the list after any write already under way, one at a time. */
  private persist(): Promise<void> {
    const list = JSON.stringify([...this.pending]);
    this.chain = this.chain
      .catch(() => undefined)
      .then(() => writeFileAtomic(path.join(this.dataDir, PENDING_FILE), new TextEncoder().encode(list)));
    return this.chain;
  }
}

/** At start, before any window: removes what an interrupted save left behind. Returns how many files. */
export async function sweepLeftovers(dataDir: string): Promise<number> {
  let removed = await sweepTemporaryFiles(dataDir);
  let listed: unknown;
  try {
    listed = JSON.parse(await readFile(path.join(dataDir, PENDING_FILE), 'utf8'));
  } catch {
    return removed;
  }
  const folders = new Set<string>();
  if (Array.isArray(listed)) {
    for (const item of listed) {
      if (typeof item === 'string' && path.isAbsolute(item) && isTemporaryName(path.basename(item)))
        folders.add(path.dirname(item));
    }
  }
  for (const folder of folders) removed += await sweepTemporaryFiles(folder);
  await writeFileAtomic(path.join(dataDir, PENDING_FILE), new TextEncoder().encode('[]'));
  return removed;
}
