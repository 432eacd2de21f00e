// Errors of the case notebook: a stable code the UI translates, never case data in the message.
export type CaseErrorCode = 'case-not-found' | 'case-damaged' | 'attachment-damaged';

export class CaseError extends Error {
  constructor(readonly code: CaseErrorCode) {
    super(code);
    this.name = 'CaseError';
  }
}
