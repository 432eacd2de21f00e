import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { Bookmark } from '../../core/library/bookmarkDb';
import { listBookmarks } from '../../core/library/bookmarkStore';
import { getLibraryDb } from './libraryDb';

export interface BookmarksState {
  bookmarks: Bookmark[];
  ids: ReadonlySet<string>;
  loaded: boolean;
  failed: boolean;
}

const EMPTY: BookmarksState = { bookmarks: [], ids: new Set(), loaded: false, failed: false };

/** Bookmarks, kept current across the page (and other windows) through Dexie's live queries. */
export function useBookmarks(): BookmarksState {
  const [state, setState] = useState<BookmarksState>(EMPTY);
  useEffect(() => {
    const subscription = liveQuery(() => listBookmarks(getLibraryDb())).subscribe({
      next: (bookmarks) => setState({ bookmarks, ids: new Set(bookmarks.map((b) => b.entryId)), loaded: true, failed: false }),
      error: () => setState({ ...EMPTY, loaded: true, failed: true }),
    });
    return () => subscription.unsubscribe();
  }, []);
  return state;
}
