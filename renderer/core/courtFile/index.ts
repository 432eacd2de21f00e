// The face of core/courtFile (issue 21, point 1): the dossier de transmission au parquet and the extract
// for the juge pour enfants, as data built from a case. The UI words and prints it (renderer/ui/courtFile).
export { attachmentFingerprints } from './attachmentFingerprints';
export { buildCourtFile, type CourtFileContent, type CourtFileContext } from './buildCourtFile';
export {
  canShowIdentity,
  checkChoice,
  type ChoiceError,
  childrenOf,
  COURT_FILE_KINDS,
  COURT_SECTIONS,
  type CourtFileChoice,
  type CourtFileKind,
  type CourtSection,
  defaultChoice,
  EXTRACT_SECTIONS,
  isChild,
  ROLE_MAX,
  settleChoice,
} from './courtFileChoice';
export { courtFileChange, courtFileIncluded } from './courtFileJournal';
export type {
  CourtAnnex,
  CourtArticle,
  CourtFile,
  CourtJournalEntry,
  CourtPerson,
  CourtReferral,
  CourtScreening,
  CourtScreeningList,
} from './courtFileModel';
export { prepareCourtFile } from './prepareCourtFile';
