import type { z } from 'zod';
import { CASE_RECORD_KINDS as KINDS, type CaseRecordKind } from '../vocabulary';
import {
  attachmentDataSchema,
  attachmentSchema,
  auditEntrySchema,
  caseFileSchema,
  caseScreeningSchema,
  noteSchema,
  personSchema,
  referralSchema,
  taskSchema,
} from './caseSchemas';
import { revisionSchema, tombstoneSchema } from './recordHistorySchemas';

/**
 * The decoder of every case record kind, the one map the notebook reads with and a transfer is checked
 * with: a kind added to the vocabulary does not compile until it has its schema here.
 */
export const CASE_RECORD_SCHEMAS = {
  [KINDS.case]: caseFileSchema,
  [KINDS.person]: personSchema,
  [KINDS.screening]: caseScreeningSchema,
  [KINDS.referral]: referralSchema,
  [KINDS.note]: noteSchema,
  [KINDS.task]: taskSchema,
  [KINDS.attachment]: attachmentSchema,
  [KINDS.attachmentData]: attachmentDataSchema,
  [KINDS.audit]: auditEntrySchema,
  [KINDS.revision]: revisionSchema,
  [KINDS.tombstone]: tombstoneSchema,
} as const satisfies Record<CaseRecordKind, z.ZodType>;

/** The schema of a kind read from storage or a file, or undefined for a kind the notebook does not know. */
export function caseRecordSchema(kind: string): z.ZodType | undefined {
  return Object.hasOwn(CASE_RECORD_SCHEMAS, kind) ? CASE_RECORD_SCHEMAS[kind as CaseRecordKind] : undefined;
}
