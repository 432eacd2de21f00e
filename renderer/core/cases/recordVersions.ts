import type { CaseRecordKind as VocabularyKind } from '../vocabulary';

// The one place that says which version of each case record kind this app writes. A payload's `v`
// field carries it. Raising a number means: the schema in caseSchemas.ts takes the new shape, and
// recordMigrations.ts gains the pure step from the previous version (see README, "Schema evolution").
// Kept free of runtime imports so that caseSchemas.ts can build its `v` literals from it.

export const RECORD_VERSIONS = {
  case: 5,
  'case-person': 3,
  'case-screening': 1,
  'case-referral': 2,
  'case-note': 1,
  'case-task': 1,
  'case-attachment': 2,
  'case-attachment-data': 1,
  'case-audit': 4,
  'case-revision': 1,
  'case-tombstone': 2,
} as const satisfies Record<VocabularyKind, number>;

export type CaseRecordKind = keyof typeof RECORD_VERSIONS;

export function isCaseRecordKind(kind: string): kind is CaseRecordKind {
  return Object.hasOwn(RECORD_VERSIONS, kind);
}

/** The version a stored payload claims (every case record has carried `v` since version 1), or null. */
export function payloadVersion(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const v = (payload as { v?: unknown }).v;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? v : null;
}
