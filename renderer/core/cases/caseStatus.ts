import type { CaseFile, CaseStatus, StatusChange } from './caseSchemas';

// Status and its history: every change is kept (status, the day it took effect, when it was
// recorded), so a case that was closed then reopened still shows both steps.

export function withStatus(file: CaseFile, status: CaseStatus, on: string, at: number): CaseFile {
  if (status === file.status) return file;
  const change: StatusChange = { status, on, at };
  return { ...file, status, statusHistory: [...file.statusHistory, change] };
}
