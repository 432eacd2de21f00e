import { z } from 'zod';

// What a transfer file holds once decrypted. Payloads are the records' own JSON, re-encrypted
// under the receiving vault's key on import; nothing here is stored in clear anywhere.

const opaque = z.string().regex(/^[0-9a-f]{32}$/);

export const transferRecordSchema = z.strictObject({
  id: opaque,
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
  caseId: opaque,
  updatedAt: z.number().int().nonnegative(),
  payload: z.unknown(),
});

/** The person exporting ticked "the persons concerned agreed / the transfer is authorised". */
export const consentSchema = z.strictObject({ confirmed: z.literal(true), at: z.number().int() });

export const transferContentSchema = z
  .strictObject({
    v: z.literal(1),
    exportedAt: z.number().int(),
    consent: consentSchema,
    caseIds: z.array(opaque).min(1).max(100_000),
    records: z.array(transferRecordSchema).max(1_000_000),
  })
  .refine(
    (c) =>
      new Set(c.caseIds).size === c.caseIds.length &&
      new Set(c.records.map((r) => r.id)).size === c.records.length,
  )
  .refine((c) => {
    const cases = new Set(c.caseIds);
    return c.records.every((r) => cases.has(r.caseId));
  });

export type TransferRecord = z.infer<typeof transferRecordSchema>;
export type TransferContent = z.infer<typeof transferContentSchema>;
