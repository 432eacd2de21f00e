import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Open chunked saves and reads at once, all windows together: a renderer cannot pile up descriptors. */
export const MAX_OPEN_FILE_HANDLES = 8;

type Entry =
  | { kind: 'save'; owner: number; file: FileHandle; temporary: string; target: string; written: number; queue: Promise<unknown> }
  | { kind: 'read'; owner: number; file: FileHandle; size: number };

/**
 * The files the renderer is writing or reading piece by piece (backups), behind opaque random
 * handles. A handle works only for the window (webContents id) that opened it. A save goes to a
 * temporary file beside its target and is renamed on commit; abort, or the window closing, deletes
 * it, so a half-written backup never appears under the name the person chose.
 */
export class FileHandles {
  private readonly entries = new Map<string, Entry>();

  get openCount(): number {
    return this.entries.size;
  }

  async beginSave(owner: number, target: string): Promise<string> {
    this.ensureRoom();
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const file = await open(temporary, 'wx');
    return this.add({ kind: 'save', owner, file, temporary, target, written: 0, queue: Promise.resolve() });
  }

  /** Appends in call order, even if the renderer does not wait between chunks. */
  async write(owner: number, handle: string, data: Uint8Array): Promise<number> {
    const entry = this.get(owner, handle, 'save');
    const done = entry.queue.then(async () => {
      await entry.file.write(data, 0, data.byteLength, entry.written);
      entry.written += data.byteLength;
      return entry.written;
    });
    entry.queue = done.catch(() => undefined);
    return done;
  }

  async commit(owner: number, handle: string): Promise<string> {
    const entry = this.get(owner, handle, 'save');
    this.entries.delete(handle);
    try {
      await entry.queue;
      await entry.file.sync();
      await entry.file.close();
      await rename(entry.temporary, entry.target);
    } catch (error) {
      await unlink(entry.temporary).catch(() => undefined);
      throw error;
    }
    return path.basename(entry.target);
  }

  async abort(owner: number, handle: string): Promise<void> {
    const entry = this.get(owner, handle, 'save');
    await this.discard(handle, entry);
  }

  async beginRead(owner: number, filePath: string, maxBytes: number): Promise<{ handle: string; size: number } | 'too-large'> {
    this.ensureRoom();
    const file = await open(filePath, 'r');
    try {
      // Size is checked before anything is read, so an oversized file is never loaded.
      const { size } = await file.stat();
      if (size > maxBytes) {
        await file.close();
        return 'too-large';
      }
      return { handle: this.add({ kind: 'read', owner, file, size }), size };
    } catch (error) {
      await file.close().catch(() => undefined);
      throw error;
    }
  }

  async read(owner: number, handle: string, offset: number, length: number): Promise<Uint8Array> {
    const entry = this.get(owner, handle, 'read');
    const wanted = Math.max(0, Math.min(length, entry.size - offset));
    const buffer = new Uint8Array(wanted);
    let at = 0;
    while (at < wanted) {
      const { bytesRead } = await entry.file.read(buffer, at, wanted - at, offset + at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === wanted ? buffer : buffer.subarray(0, at);
  }

  async close(owner: number, handle: string): Promise<void> {
    const entry = this.get(owner, handle, 'read');
    await this.discard(handle, entry);
  }

  /** The window went away: unfinished saves are deleted, reads closed. */
  async closeAllOf(owner: number): Promise<void> {
    for (const [handle, entry] of [...this.entries]) if (entry.owner === owner) await this.discard(handle, entry);
  }

  private async discard(handle: string, entry: Entry): Promise<void> {
    this.entries.delete(handle);
    await entry.file.close().catch(() => undefined);
    if (entry.kind === 'save') await unlink(entry.temporary).catch(() => undefined);
  }

  private add(entry: Entry): string {
    const handle = randomBytes(16).toString('hex');
    this.entries.set(handle, entry);
    return handle;
  }

  private get<K extends Entry['kind']>(owner: number, handle: string, kind: K): Extract<Entry, { kind: K }> {
    const entry = this.entries.get(handle);
    // Same answer for "never existed", "another window's" and "wrong kind": nothing to probe.
    if (entry === undefined || entry.owner !== owner || entry.kind !== kind) throw new Error('bridge-unknown-handle');
    return entry as Extract<Entry, { kind: K }>;
  }

  private ensureRoom(): void {
    if (this.entries.size >= MAX_OPEN_FILE_HANDLES) throw new Error('bridge-too-many-handles');
  }
}
