// The face of core/workshop: what the UI and the other features may use. Everything else is internal.

// Workshop edits (issue 20, points 3 and 4: the screen's model, the encrypted store, the maintainers' file).
export { cleanPastedText, type CleanedText, type CleaningChange, type CleaningKind } from './cleanPastedText';
export {
  distinctPublishers,
  findRawHtml,
  isValidIsoDate,
  type LevelShortfall,
  levelShortfall,
  type OfficialField,
  type OfficialInput,
  type OfficialProblem,
  type OfficialProblemCode,
  officialProblems,
} from './entryRules';
export { applyEdits, applyEntryEdit, type ContentModel, headingAt } from './applyEdits';
export { checkEntryEdit, editIsValid, type EntryEditProblems, hasProblems } from './checkEntryEdit';
export {
  type EditsStore,
  EditsStoreError,
  type EditsStoreErrorCode,
  type EditsStoreOptions,
  openEditsStore,
  WORKSHOP_DB_NAME,
} from './editsStore';
export {
  canonicalJson,
  currentEdits,
  documentFingerprint,
  editKey,
  type EditStep,
  type EntryEdit,
  entryFingerprint,
  type EntryVerification,
  type HeadingEdit,
  type WorkshopEdit,
} from './workshopEdits';
export {
  EDITS_FILE_FORMAT,
  EDITS_FILE_MAX_BYTES,
  EDITS_FILE_VERSION,
  type EditsFile,
  editsFileBytes,
  EditsFileError,
  type EditsFileErrorCode,
  readEditsFile,
} from './editsFile';
export { worksheetPosition, type WorksheetPosition } from './worksheetStep';
