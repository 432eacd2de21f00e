// The face of core/library: what the UI and the other features may use. Everything else is internal.
export {
  type ArticleNote,
  deleteArticleNote,
  listArticleNotes,
  type NoteVault,
  saveArticleNote,
} from './articleNotes';
export { type Bookmark, type LibraryDb, openLibraryDb } from './bookmarkDb';
export { BOOKMARK_FILE_MAX_BYTES } from './bookmarkFile';
export {
  addBookmark,
  exportBookmarks,
  importBookmarks,
  removeBookmark,
  watchBookmarks,
} from './bookmarkStore';
export {
  articleCopyText,
  citationWithStamp,
  type CitationWords,
  legalCitation,
  officialReferenceText,
  type PackStamp,
  versionSpanText,
} from './citation';
export { localizedText, type LocalizedText, pickContentLanguage } from './contentLanguage';
export { filterDocuments, filterTerms } from './documentFilter';
export { entryAt, type EntryAtDate, hasVersions, parseAsOf } from './entryAt';
export { escapeHtml } from './escapeHtml';
export { formatDate } from './formatDate';
export { highlightRanges } from './highlightRanges';
export { highlightSnippet } from './highlightSnippet';
export { groupDocuments } from './libraryGroups';
export { libraryHref, neighbours, readingOrder } from './outline';
export { printFileName, type PrintScope, printSelection } from './printSelection';
export { hasRelated, relatedProvisions, type RelatedProvisions } from './relatedProvisions';
export { checkText, worksheetEntries, worksheetRows, type WorksheetWords } from './worksheet';
