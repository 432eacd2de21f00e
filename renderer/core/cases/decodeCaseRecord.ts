import type { z } from 'zod';
import { CASE_RECORD_SCHEMAS } from './caseRecordSchemas';
import { migrateRecord, type Payload } from './recordMigrations';
import { payloadVersion, RECORD_VERSIONS, type CaseRecordKind } from './recordVersions';

// The one kind → schema map is caseRecordSchemas.ts (issue 17, point 4); this adds versions and migrations.
export { CASE_RECORD_SCHEMAS };

export type CaseRecordValue<K extends CaseRecordKind> = z.infer<(typeof CASE_RECORD_SCHEMAS)[K]>;

/**
 * `newer`: written by a later version of Dalili. Not damaged: kept untouched, never rewritten here,
 * and shown as such. `invalid`: fails its schema (or no migration reaches it): damaged.
 */
export type DecodedRecord<T> = { ok: true; value: T } | { ok: false; reason: 'newer' | 'invalid' };

/**
 * Decrypted payload → typed value: version checked, migrated step by step, then validated.
 * `schemas` is for tests that show what a careless schema change would do to stored notebooks.
 */
export function decodeCaseRecord<K extends CaseRecordKind>(
  kind: K,
  payload: unknown,
  schemas: { readonly [Kind in CaseRecordKind]: z.ZodType } = CASE_RECORD_SCHEMAS,
): DecodedRecord<CaseRecordValue<K>> {
  return decodeWith(kind, payload, schemas[kind]) as DecodedRecord<CaseRecordValue<K>>;
}

/**
 * Version check and migrations of `kind`, then `schema`: the record's own schema, or a narrower one
 * over the same fields (the case list after unlock validates only what it shows, caseListRecord.ts).
 */
export function decodeWith<T>(
  kind: CaseRecordKind,
  payload: unknown,
  schema: z.ZodType<T>,
): DecodedRecord<T> {
  const version = payloadVersion(payload);
  const current = RECORD_VERSIONS[kind];
  if (version === null) return { ok: false, reason: 'invalid' };
  if (version > current) return { ok: false, reason: 'newer' };
  const migrated = migrateRecord(kind, payload as Payload, version, current);
  if (migrated === null) return { ok: false, reason: 'invalid' };
  const parsed = schema.safeParse(migrated);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'invalid' };
}

/** The same, in the vault's Decoder shape (throws on anything but a readable record of this app's version). */
export function caseRecordDecoder<K extends CaseRecordKind>(
  kind: K,
): { parse(value: unknown): CaseRecordValue<K> } {
  return {
    parse(value) {
      const decoded = decodeCaseRecord(kind, value);
      if (!decoded.ok) throw new TypeError(decoded.reason);
      return decoded.value;
    },
  };
}
