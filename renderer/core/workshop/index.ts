// The face of core/workshop (issue 20): the jurists' workshop. What the UI and the other features may use.
// Publishing (wip-wcore): the passphrase-protected publisher key, signed full and delta updates.
export { openPublisherKey, type OpenKeyOptions } from './openPublisherKey';
export { KEY_FILE_EXTENSION, sealPublisherKey } from './publisherKeyFile';
export type { PublisherSigner } from './publisherSigner';
export { publishPack, type PublishInput, type Published, type PublishSummary } from './publishPack';
export { isWorkshopError, WorkshopError, type WorkshopErrorCode } from './workshopError';

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
export { headingTrail, type TrailHeading } from './headingTrail';
