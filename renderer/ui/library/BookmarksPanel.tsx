import type { LoadedPack } from '../../core/content';
import { libraryHref, removeBookmark } from '../../core/library';
import { useT } from '../i18n/useT';
import { entryLabel } from './documentLabels';
import { getLibraryDb } from './libraryDb';
import { useBookmarks } from './useBookmarks';
import { useBookmarkTransfer } from './useBookmarkTransfer';
import { VerificationBadge } from './VerificationBadge';

/** `pack` is undefined while the pack's entries are still being checked: the list says so and waits. */
export function BookmarksPanel({ pack }: { pack: LoadedPack | undefined }) {
  const { t, language } = useT();
  const { bookmarks, loaded, failed } = useBookmarks();
  const transfer = useBookmarkTransfer();
  return (
    <aside className="bookmarks-panel panel" aria-labelledby="bookmarks-title">
      <h2 id="bookmarks-title">{t('library.bookmarks.title')}</h2>
      <p className="help">{t('library.bookmarks.where')}</p>
      {failed && <p className="error-message">{t('library.bookmarks.error.storage')}</p>}
      {loaded && !failed && bookmarks.length === 0 && <p>{t('library.bookmarks.empty')}</p>}
      {bookmarks.length > 0 && !pack && (
        <p className="loading" role="status">
          {t('content.loading')}
        </p>
      )}
      {bookmarks.length > 0 && pack && (
        <ul className="bookmark-list">
          {bookmarks.map((bookmark) => {
            const entry = pack.entriesById.get(bookmark.entryId);
            const label = entry
              ? entryLabel(entry, pack.documentsById.get(entry.docId), language)
              : bookmark.entryId;
            return (
              <li key={bookmark.entryId}>
                {entry ? (
                  <span className="bookmark-item">
                    <a href={libraryHref(entry.docId, entry.id)}>{label}</a>{' '}
                    <VerificationBadge
                      verification={entry.verification}
                      nature={entry.nature}
                      showNote={false}
                    />
                  </span>
                ) : (
                  <span className="bookmark-missing">
                    {t('library.bookmarks.missing', { id: bookmark.entryId })}
                  </span>
                )}
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t('library.bookmarks.removeLabel', { label })}
                  onClick={() => void removeBookmark(getLibraryDb(), bookmark.entryId)}
                >
                  {t('library.bookmarks.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="bookmark-actions">
        <button
          type="button"
          className="secondary"
          disabled={transfer.busy || bookmarks.length === 0}
          onClick={() => void transfer.exportAll()}
        >
          {t('library.bookmarks.export')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={transfer.busy}
          onClick={() => void transfer.importFile()}
        >
          {t('library.bookmarks.import')}
        </button>
      </div>
      <div role="status" className="transfer-status">
        {transfer.message?.tone === 'status' && <p>{transfer.message.text}</p>}
      </div>
      <div role="alert" className="transfer-error">
        {transfer.message?.tone === 'error' && <p className="error-message">{transfer.message.text}</p>}
      </div>
    </aside>
  );
}
