import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { FILE_STREAM_MAX_BYTES } from '../../renderer/contract/bridgeContract';
import { syncFolder, temporaryPathFor, type TempTracker } from './atomicWrite';

/** Open chunked saves and reads at once, all windows together: a renderer cannot pile up descriptors. */
export const MAX_OPEN_FILE_HANDLES = 8;

type Entry = (
  | { kind: 'save'; file: FileHandle; temporary: string; target: string; written: number }
  | { kind: 'read'; file: FileHandle; size: number }
) & { owner: number; busy: Promise<unknown> | null };

/**
 * The files the renderer is writing or reading piece by piece (backups), behind opaque random
 * handles. A handle works only for the window (webContents id) that opened it. A save goes to a
 * temporary file beside its target (exclusive create, random name), is capped at
 * FILE_STREAM_MAX_BYTES in total, and is fsynced and renamed on commit; abort, or the window
 * closing, deletes it, so a half-written backup never appears under the name the person chose.
 * One read or write at a time per handle: a second one while the first runs is refused
 * ('bridge-handle-busy'), since the renderer always waits for each piece.
 */
export class FileHandles {
  private readonly entries = new Map<string, Entry>();
  /** Slots taken by begins still opening their file: counted so parallel begins cannot overshoot. */
  private opening = 0;

  constructor(
    private readonly tracker?: TempTracker,
    private readonly maxSaveBytes = FILE_STREAM_MAX_BYTES,
  ) {}

  get openCount(): number {
    return this.entries.size;
  }

  async beginSave(owner: number, target: string): Promise<string> {
    return this.withSlot(async () => {
      const temporary = temporaryPathFor(target);
      await this.tracker?.add(temporary);
      try {
        const file = await open(temporary, 'wx', 0o600);
        return this.add({ kind: 'save', owner, file, temporary, target, written: 0, busy: null });
      } catch (error) {
        await this.tracker?.remove(temporary);
        throw error;
      }
    });
  }

  async write(owner: number, handle: string, data: Uint8Array): Promise<number> {
    const entry = this.get(owner, handle, 'save');
    if (entry.written + data.byteLength > this.maxSaveBytes) {
      // Over the cap the whole save is dropped: a file that cannot be complete is not kept.
      await this.discard(handle, entry);
      throw new Error('bridge-file-too-large');
    }
    return this.exclusive(entry, async () => {
      let at = 0;
      while (at < data.byteLength) {
        const { bytesWritten } = await entry.file.write(data, at, data.byteLength - at, entry.written + at);
        at += bytesWritten;
      }
      entry.written += data.byteLength;
      return entry.written;
    });
  }

  async commit(owner: number, handle: string): Promise<string> {
    const entry = this.get(owner, handle, 'save');
    if (entry.busy) throw new Error('bridge-handle-busy');
    this.entries.delete(handle);
    try {
      await entry.file.sync();
      await entry.file.close();
      await rename(entry.temporary, entry.target);
      await syncFolder(path.dirname(entry.target));
    } catch (error) {
      await entry.file.close().catch(() => undefined);
      await unlink(entry.temporary).catch(() => undefined);
      throw error;
    } finally {
      await this.tracker?.remove(entry.temporary);
    }
    return path.basename(entry.target);
  }

  async abort(owner: number, handle: string): Promise<void> {
    const entry = this.get(owner, handle, 'save');
    await this.discard(handle, entry);
  }

  async beginRead(
    owner: number,
    filePath: string,
    maxBytes: number,
  ): Promise<{ handle: string; size: number } | 'too-large'> {
    return this.withSlot(async () => {
      const file = await open(filePath, 'r');
      try {
        // Size is checked before anything is read, so an oversized file is never loaded.
        const { size } = await file.stat();
        if (size > maxBytes) {
          await file.close();
          return 'too-large' as const;
        }
        return { handle: this.add({ kind: 'read', owner, file, size, busy: null }), size };
      } catch (error) {
        await file.close().catch(() => undefined);
        throw error;
      }
    });
  }

  async read(owner: number, handle: string, offset: number, length: number): Promise<Uint8Array> {
    const entry = this.get(owner, handle, 'read');
    return this.exclusive(entry, async () => {
      const wanted = Math.max(0, Math.min(length, entry.size - offset));
      const buffer = new Uint8Array(wanted);
      let at = 0;
      while (at < wanted) {
        const { bytesRead } = await entry.file.read(buffer, at, wanted - at, offset + at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      return at === wanted ? buffer : buffer.subarray(0, at);
    });
  }

  async close(owner: number, handle: string): Promise<void> {
    const entry = this.get(owner, handle, 'read');
    await this.discard(handle, entry);
  }

  /** The window went away: unfinished saves are deleted, reads closed. */
  async closeAllOf(owner: number): Promise<void> {
    for (const [handle, entry] of [...this.entries])
      if (entry.owner === owner) await this.discard(handle, entry);
  }

  private async exclusive<R>(entry: Entry, work: () => Promise<R>): Promise<R> {
    if (entry.busy) throw new Error('bridge-handle-busy');
    const running = work();
    entry.busy = running;
    try {
      return await running;
    } finally {
      entry.busy = null;
    }
  }

  private async discard(handle: string, entry: Entry): Promise<void> {
    this.entries.delete(handle);
    // Let a read or write under way finish before its file is closed under it.
    await entry.busy?.catch(() => undefined);
    await entry.file.close().catch(() => undefined);
    if (entry.kind === 'save') {
      await unlink(entry.temporary).catch(() => undefined);
      await this.tracker?.remove(entry.temporary);
    }
  }

  private add(entry: Entry): string {
    const handle = randomBytes(16).toString('hex');
    this.entries.set(handle, entry);
    return handle;
  }

  private get<K extends Entry['kind']>(owner: number, handle: string, kind: K): Extract<Entry, { kind: K }> {
    const entry = this.entries.get(handle);
    // Same answer for "never existed", "another window's" and "wrong kind": nothing to probe.
    if (entry === undefined || entry.owner !== owner || entry.kind !== kind)
      throw new Error('bridge-unknown-handle');
    return entry as Extract<Entry, { kind: K }>;
  }

  /** Takes a slot before the first await, so parallel begins cannot all pass the check. */
  private async withSlot<R>(work: () => Promise<R>): Promise<R> {
    if (this.entries.size + this.opening >= MAX_OPEN_FILE_HANDLES) throw new Error('bridge-too-many-handles');
    this.opening += 1;
    try {
      return await work();
    } finally {
      this.opening -= 1;
    }
  }
}
