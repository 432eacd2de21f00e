import { openLibraryDb, type LibraryDb } from '../../core/library';

let db: LibraryDb | undefined;

/** One connection for the whole app, opened on first use (the library page may never need it). */
export function getLibraryDb(): LibraryDb {
  db ??= openLibraryDb();
  return db;
}
