import { z } from 'zod';

/**
 * The losing side of a merge conflict, kept as its own record so nothing is lost. Stored outside
 * any case (caseId null, the case id is in the payload): the notebook reads a case by caseId and
 * would take an unknown kind for a damaged record. The backup panel lists them by kind.
 */
export const CONFLICT_KIND = 'merge-conflict';

export const conflictCopySchema = z.strictObject({
  v: z.literal(1),
  /** The record this is another version of, and that version's own metadata. */
  recordId: z.string().regex(/^[0-9a-f]{32}$/),
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
  caseId: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .nullable(),
  updatedAt: z.number().int(),
  /** Where this version came from: the merged file, or this computer (the file's version was newer). */
  side: z.enum(['backup', 'local']),
  mergedAt: z.number().int(),
  payload: z.unknown(),
});

export type ConflictCopy = z.infer<typeof conflictCopySchema>;

/** Same record and same version: a second merge of the same file must not add a second copy. */
export function conflictKey(c: Pick<ConflictCopy, 'recordId' | 'kind' | 'updatedAt'>): string {
  return `${c.recordId}|${c.kind}|${c.updatedAt}`;
}
