// Errors of the case notebook: a stable code the UI translates, never case data in the message.
export type CaseErrorCode =
  | 'case-not-found'
  | 'case-damaged'
  | 'attachment-damaged'
  /** The case record was written by a newer version of Dalili: it is kept, and not opened here. */
  | 'case-too-new'
  /** A change would overwrite a record a newer version wrote: refused, nothing is saved. */
  | 'record-too-new'
  /** A change carries a record of an unknown kind or not at the version this app writes (a bug, not user input). */
  | 'record-invalid'
  // Issue 18, point 1.
  /** The case is closed: read-only until it is reopened (a status change, journalled). */
  | 'case-closed'
  /** The record to delete or restore is not (or no longer) in the case. */
  | 'item-not-found'
  /** A person still named by a screening or referral of the case cannot be deleted. */
  | 'person-in-use'
  /** The deletion can no longer be undone (case closed since, or past the undo period). */
  | 'undo-expired'
  /** The whole case is deleted: it can only be restored (issue 18, point 1). */
  | 'case-deleted'
  /** A whole case can be deleted only while open: a closed case is reopened first. */
  | 'case-not-open';

export class CaseError extends Error {
  constructor(readonly code: CaseErrorCode) {
    super(code);
    this.name = 'CaseError';
  }
}
