import type { Entry, Lang, LoadedPack } from '../../core/content';
import { addBookmark, articleCopyText, citationWithStamp, removeBookmark } from '../../core/library';
import { useT } from '../i18n/useT';
import { copyText } from './copyText';
import { entryLabel } from './documentLabels';
import { getLibraryDb } from './libraryDb';
import { useAnnounce } from './useAnnounce';
import { packStamp, useCitationWords } from './useCitationWords';

/** Copy the citation, copy the text with its citation, bookmark, print: each says what it did. */
export function ArticleActions({
  entry,
  pack,
  lang,
  bookmarked,
  onPrint,
}: {
  entry: Entry;
  pack: LoadedPack;
  lang: Lang;
  bookmarked: boolean;
  onPrint: (id: string) => void;
}) {
  const { t, language } = useT();
  const announce = useAnnounce();
  const words = useCitationWords();
  const label = entryLabel(entry, pack.documentsById.get(entry.docId), language);

  const copy = async (text: string, done: string) => {
    if (await copyText(text)) announce(done);
    else announce(t('library.copyFailed'), 'error');
  };
  const copyCitation = () => {
    const citation = citationWithStamp(entry, packStamp(pack), words);
    return copy(citation, t('library.copied.citation', { citation }));
  };
  const copyArticle = () =>
    copy(articleCopyText(entry, lang, packStamp(pack), words), t('library.copied.article', { label }));
  const toggleBookmark = async () => {
    try {
      if (bookmarked) await removeBookmark(getLibraryDb(), entry.id);
      else await addBookmark(getLibraryDb(), entry.id);
      announce(t(bookmarked ? 'library.bookmark.removed' : 'library.bookmark.added', { label }));
    } catch {
      announce(t('library.bookmarks.error.storage'), 'error');
    }
  };

  return (
    <div className="article-actions">
      <button type="button" className="secondary small" onClick={() => void copyCitation()}>
        {t('library.action.copyCitation')}
      </button>
      <button type="button" className="secondary small" onClick={() => void copyArticle()}>
        {t('library.action.copyArticle')}
      </button>
      <button type="button" className="secondary small" onClick={() => void toggleBookmark()}>
        <span aria-hidden="true">{bookmarked ? '★ ' : '☆ '}</span>
        {t(bookmarked ? 'library.bookmark.remove' : 'library.bookmark.add')}
      </button>
      <button type="button" className="secondary small" onClick={() => onPrint(entry.id)}>
        {t('library.action.print')}
      </button>
    </div>
  );
}
