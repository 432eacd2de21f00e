import { liveQuery } from 'dexie';
import type { Bookmark, LibraryDb } from './bookmarkDb';
import { parseBookmarkFile, serializeBookmarks, type BookmarkFileError } from './bookmarkFile';

export async function listBookmarks(db: LibraryDb): Promise<Bookmark[]> {
  return db.bookmarks.orderBy('createdAt').reverse().toArray();
}

export interface BookmarkWatcher {
  next: (bookmarks: Bookmark[]) => void;
  error: () => void;
}

/** Calls `watcher` now and after every change (in this window or another); returns the way to stop. */
export function watchBookmarks(db: LibraryDb, watcher: BookmarkWatcher): () => void {
  const subscription = liveQuery(() => listBookmarks(db)).subscribe({
    next: watcher.next,
    error: watcher.error,
  });
  return () => subscription.unsubscribe();
}

export async function addBookmark(db: LibraryDb, entryId: string, now: number = Date.now()): Promise<void> {
  await db.bookmarks.put({ entryId, createdAt: now });
}

export async function removeBookmark(db: LibraryDb, entryId: string): Promise<void> {
  await db.bookmarks.delete(entryId);
}

export async function exportBookmarks(db: LibraryDb, now: Date = new Date()): Promise<Uint8Array> {
  return serializeBookmarks(await db.bookmarks.orderBy('createdAt').toArray(), now);
}

export type ImportResult =
  { ok: true; added: number; alreadyKept: number } | { ok: false; error: BookmarkFileError };

/**
 * Merges an export into this computer's bookmarks. The file is checked completely before the
 * database is touched, and the merge is one transaction: a bad file changes nothing.
 */
export async function importBookmarks(db: LibraryDb, bytes: Uint8Array): Promise<ImportResult> {
  const parsed = parseBookmarkFile(bytes);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', db.bookmarks, async () => {
    const existing = await db.bookmarks.bulkGet(parsed.bookmarks.map((b) => b.entryId));
    const fresh = parsed.bookmarks.filter((_, index) => existing[index] === undefined);
    await db.bookmarks.bulkAdd(fresh);
    return { ok: true as const, added: fresh.length, alreadyKept: parsed.bookmarks.length - fresh.length };
  });
}
