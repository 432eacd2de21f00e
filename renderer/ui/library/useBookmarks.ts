import { useEffect, useState } from 'react';
import { type Bookmark, watchBookmarks } from '../../core/library';
import { getLibraryDb } from './libraryDb';

export interface BookmarksState {
  bookmarks: Bookmark[];
  ids: ReadonlySet<string>;
  loaded: boolean;
  failed: boolean;
}

const EMPTY: BookmarksState = { bookmarks: [], ids: new Set(), loaded: false, failed: false };

/** Bookmarks, kept current across the page (and other windows) through the store's live watch. */
export function useBookmarks(): BookmarksState {
  const [state, setState] = useState<BookmarksState>(EMPTY);
  useEffect(() => {
    return watchBookmarks(getLibraryDb(), {
      next: (bookmarks) =>
        setState({ bookmarks, ids: new Set(bookmarks.map((b) => b.entryId)), loaded: true, failed: false }),
      error: () => setState({ ...EMPTY, loaded: true, failed: true }),
    });
  }, []);
  return state;
}
