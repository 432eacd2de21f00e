import { Dexie, type EntityTable } from 'dexie';

/** A bookmarked entry. Plain data (which articles a person keeps handy), never case data. */
export interface Bookmark {
  /** Full entry id, `<docId>/<entryId>`. */
  entryId: string;
  createdAt: number;
}

export type LibraryDb = Dexie & { bookmarks: EntityTable<Bookmark, 'entryId'> };

/** Separate from the vault's database on purpose: bookmarks are not secret and survive without a passphrase. */
export const LIBRARY_DB_NAME = 'dalili-library';

/**
 * Schema history: never edit a published version, append one (as the vault does) so bookmarks made
 * by an older app keep opening.
 */
export function openLibraryDb(name: string = LIBRARY_DB_NAME): LibraryDb {
  const db = new Dexie(name) as LibraryDb;
  db.version(1).stores({ bookmarks: 'entryId, createdAt' });
  return db;
}
