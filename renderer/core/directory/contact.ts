import { z } from 'zod';
import { normalisePhone } from './phone';

// One professional contact of the office's own directory. Never case data: the notes say how to reach
// the service ("permanence le samedi"), not who was referred to it.

export const FIELD_LIMITS = { name: 120, organisation: 160, role: 120, province: 80, territory: 80, notes: 1000 } as const;

export interface ContactFields {
  name: string;
  organisation: string;
  /** Function or service, in the office's words ("Inspecteur du travail", "Permanence PSPEF"). */
  role: string;
  province: string;
  territory: string;
  /** E.164, "+243" and 9 digits. */
  phone: string;
  notes: string;
}

export interface Contact extends ContactFields {
  id: string;
  updatedAt: string;
}

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1);

/** Validates and normalises typed or imported fields; the phone comes out in E.164. */
export const contactFieldsSchema = z.strictObject({
  name: required(FIELD_LIMITS.name),
  organisation: required(FIELD_LIMITS.organisation),
  role: text(FIELD_LIMITS.role).default(''),
  province: text(FIELD_LIMITS.province).default(''),
  territory: text(FIELD_LIMITS.territory).default(''),
  phone: z.string().transform((value, ctx) => {
    const result = normalisePhone(value);
    if (result.ok) return result.e164;
    ctx.addIssue({ code: 'custom', message: `phone:${result.error}` });
    return z.NEVER;
  }),
  notes: text(FIELD_LIMITS.notes).default(''),
});

export type ContactField = keyof ContactFields;
export type FieldError =
  | { field: ContactField; code: 'required' | 'too-long' | `phone:${string}` | 'invalid' }
  /** A field this version does not know (never stored: it could carry anything, case data included). */
  | { field: null; code: 'unknown-field'; key: string };

/** Field-level errors for the form, in a shape the UI translates. */
export function validateContactFields(input: unknown): { ok: true; fields: ContactFields } | { ok: false; errors: FieldError[] } {
  const parsed = contactFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, errors: parsed.error.issues.map(toFieldError) };
}

export function toFieldError(issue: z.core.$ZodIssue): FieldError {
  if (issue.code === 'unrecognized_keys') return { field: null, code: 'unknown-field', key: issue.keys[0] ?? '' };
  const field = String(issue.path.at(-1) ?? 'name') as ContactField;
  if (issue.code === 'custom' && issue.message.startsWith('phone:')) return { field, code: issue.message as `phone:${string}` };
  if (issue.code === 'too_small') return { field, code: 'required' };
  if (issue.code === 'too_big') return { field, code: 'too-long' };
  if (issue.code === 'invalid_type' && issue.input === undefined) return { field, code: 'required' };
  return { field, code: 'invalid' };
}

/** Same person at the same number, whatever the accents, case or spacing of the name. */
export function duplicateKey(fields: Pick<ContactFields, 'name' | 'phone'>): string {
  const name = fields.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${fields.phone}|${name}`;
}
