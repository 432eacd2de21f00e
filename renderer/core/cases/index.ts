// The face of core/cases: what the UI and the other features may use. Everything else is internal.
export {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MAX_BYTES,
  attachmentExtensions,
  sniffAttachmentType,
} from './attachmentType';
export { type AuditCheck, type AuditProblem, verifyAuditChain } from './auditChain';
export { addAttachment, readAttachment } from './caseAttachments';
export { type CaseBundle, type Item, loadCase } from './caseBundle';
export { isRealDate, todayIso } from './caseDates';
export { CaseError } from './caseError';
export { storedCaseWords, tokenize } from './caseIndex';
export { type DeletedCaseSummary, loadNotebook, type NotebookData } from './caseNotebook';
export { isListBucketId, LIST_BUCKET_KIND } from './caseListSnapshot';
export { placeCase } from './placeCase';
export {
  canRestoreCase,
  caseDeletionChange,
  caseRestoreChange,
  deleteCase,
  purgeDeletedCases,
  restoreCase,
  validateCaseDeletion,
} from './deleteCase';
export { type CaseIntegrity, type IntegrityProblem } from './caseIntegrity';
export { type NotebookRegisterCheck } from './notebookRegister';
export {
  NOTEBOOK_STATE_ID,
  NOTEBOOK_STATE_KIND,
  type NotebookState,
  parseNotebookState,
  readNotebookState,
} from './notebookState';
export { formatCaseNumber, nextCaseNumber, normalisePrefix } from './caseNumber';
export {
  AGE_GROUPS,
  type Attachment,
  attachmentDataSchema,
  type attachmentSchema,
  CASE_STATUSES,
  type CaseScreening,
  type CaseStatus,
  CONSENT_MODES,
  type CourtFileIncluded,
  KINDS,
  LIMITS,
  type Person,
  PERSON_ROLES,
  type PersonRole,
  type Referral,
  REFERRAL_STATUSES,
  SEXES,
  SHAREABLE,
  VULNERABILITIES,
} from './caseSchemas';
export { withStatus } from './caseStatus';
export { caseFieldsOf, liveRecords } from './caseHistory';
export {
  canUndoDeletion,
  deleteCaseItem,
  deletionChange,
  undoDeletion,
  undoDeletionChange,
  validateDeletionReason,
} from './deleteCaseItem';
export {
  DELETABLE_KINDS,
  type DeletableKind,
  isDeletableKind,
  MAX_REVISIONS,
  REASON_MAX,
  type Revision,
  revisionSchema,
  type Tombstone,
  tombstoneSchema,
  UNDO_DAYS,
} from './recordHistorySchemas';
export { recordVersionId } from './recordVersionId';
export {
  mergeTombstone,
  type RecordSide,
  revisionOfForgotten,
  type TombstoneOutcome,
  tombstoneOf,
} from './mergeTombstone';
export { withoutDeletedContent } from './withoutDeletedContent';
export {
  type CaseFilter,
  type CaseSummary,
  filterCases,
  listCaseSummaries,
  NO_FILTER,
  summariseCase,
} from './caseSummary';
export { enqueueCaseWrite, runInCaseQueue } from './caseWriteQueue';
export { decodeCaseRecord } from './decodeCaseRecord';
export { checkDate, checkText, type FieldError, type Validation } from './fieldError';
export { isFollowUpDue, isReferralOpen } from './followUp';
export { deleteNoteDraft, loadNoteDraft, saveNoteDraft } from './noteDrafts';
export { audienceForPerson } from './personAudience';
export { looksLikeFullName, nextPersonCode } from './personName';
export { isCaseRecordKind } from './recordVersions';
export { type CaseChange, saveCaseChange, saveNewCase } from './saveCaseChange';
export { type CaseDraft, validateCase, validateStatusChange } from './validateCase';
export { validateNote, validateTask } from './validateNotes';
export { type PersonDraft, validatePerson } from './validatePerson';
export { type ReferralDraft, validateReferral } from './validateReferral';
export { canMarkOriented, referralChange } from './referralChange';
export { resealForNewKey } from './caseSeal';
export {
  type CaseMergeCounts,
  type CaseMergePlan,
  type IncomingRecord,
  type MergeConflictSide,
  planCaseMerge,
} from './planCaseMerge';
export {
  ATTACHMENT_DESCRIPTION_MAX,
  ATTACHMENT_NAME_MAX,
  renameAttachmentChange,
  validateAttachmentRename,
} from './renameAttachment';
