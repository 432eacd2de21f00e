import { foldText } from '../text';
import type { CaseNumber } from './caseSchemas';

// Case numbers as offices write them: office prefix, year, sequence ("GOM-2026-0042"). The sequence
// restarts each year per prefix; it is computed from the cases already in the notebook.

export const PREFIX_PATTERN = /^[A-Z0-9]{2,8}$/;

export function formatCaseNumber(n: CaseNumber): string {
  return `${n.prefix}-${n.year}-${String(n.seq).padStart(4, '0')}`;
}

export function normalisePrefix(raw: string): string {
  return foldText(raw)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

export function nextCaseNumber(existing: readonly CaseNumber[], prefix: string, year: number): CaseNumber {
  let max = 0;
  for (const n of existing) if (n.prefix === prefix && n.year === year && n.seq > max) max = n.seq;
  return { prefix, year, seq: max + 1 };
}
