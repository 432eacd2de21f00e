// A light face of core/library: only what the library's first page (the list of documents) and the
// banner's suggestions run. The full face (index.ts) also brings the bookmarks' database (Dexie), the
// citations (marked) and the notes (zod): importing it from the start path would load them all before
// the list is drawn (issue 17, point 8). Pure functions only; the faces lint rule accepts `*Face.ts`.
export { localizedText, type LocalizedText } from './contentLanguage';
export { filterDocuments, filterTerms } from './documentFilter';
export { parseAsOf } from './entryAt';
export { formatDate } from './formatDate';
export { highlightRanges } from './highlightRanges';
export { groupDocuments } from './libraryGroups';
export { libraryHref } from './outline';
