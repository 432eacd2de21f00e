import { z } from 'zod';
import { foldText } from '../text';
import { normalisePhone } from './phone';

// One professional contact of the office's own directory. Never case data: the notes say how to reach
// the service ("permanence le samedi"), not who was referred to it.

export const FIELD_LIMITS = {
  name: 120,
  organisation: 160,
  role: 120,
  province: 80,
  territory: 80,
  notes: 1000,
  email: 254,
} as const;

export interface ContactFields {
  name: string;
  organisation: string;
  /** Function or service, in the office's words ("Inspecteur du travail", "Permanence PSPEF"). */
  role: string;
  province: string;
  territory: string;
  /** E.164 ("+243812345678", "+250788123456"). */
  phone: string;
  /** A second number, E.164, or "" (added after version 1: contacts stored or exported before have none). */
  phone2: string;
  /** "" when unknown. */
  email: string;
  notes: string;
}

export interface Contact extends ContactFields {
  id: string;
  updatedAt: string;
}

const text = (max: number) => z.string().trim().max(max);
// Deliberately loose: one "@", no spaces, a dot in the domain. Offices type addresses, they are not sent from here.
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Contacts stored or exported before the second number and the e-mail existed open with those empty. */
export function withContactDefaults<
  T extends Omit<ContactFields, 'phone2' | 'email'> & Partial<ContactFields>,
>(c: T): T & ContactFields {
  return { ...c, phone2: c.phone2 ?? '', email: c.email ?? '' };
}
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
  phone2: z
    .string()
    .default('')
    .transform((value, ctx) => {
      if (value.trim() === '') return '';
      const result = normalisePhone(value);
      if (result.ok) return result.e164;
      ctx.addIssue({ code: 'custom', message: `phone:${result.error}` });
      return z.NEVER;
    }),
  email: text(FIELD_LIMITS.email)
    .default('')
    .refine((value) => value === '' || EMAIL.test(value), { message: 'email' }),
  notes: text(FIELD_LIMITS.notes).default(''),
});

export type ContactField = keyof ContactFields;
export type FieldError =
  | { field: ContactField; code: 'required' | 'too-long' | `phone:${string}` | 'invalid' | 'email' }
  /** A field this version does not know (never stored: it could carry anything, case data included). */
  | { field: null; code: 'unknown-field'; key: string };

/** Field-level errors for the form, in a shape the UI translates. */
export function validateContactFields(
  input: unknown,
): { ok: true; fields: ContactFields } | { ok: false; errors: FieldError[] } {
  const parsed = contactFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, errors: parsed.error.issues.map(toFieldError) };
}

export function toFieldError(issue: z.core.$ZodIssue): FieldError {
  if (issue.code === 'unrecognized_keys')
    return { field: null, code: 'unknown-field', key: issue.keys[0] ?? '' };
  const field = String(issue.path.at(-1) ?? 'name') as ContactField;
  if (issue.code === 'custom' && issue.message.startsWith('phone:'))
    return { field, code: issue.message as `phone:${string}` };
  if (issue.code === 'custom' && issue.message === 'email') return { field, code: 'email' };
  if (issue.code === 'too_small') return { field, code: 'required' };
  if (issue.code === 'too_big') return { field, code: 'too-long' };
  if (issue.code === 'invalid_type' && issue.input === undefined) return { field, code: 'required' };
  return { field, code: 'invalid' };
}

/** Same person at the same number, whatever the accents, case or spacing of the name. */
export function duplicateKey(fields: Pick<ContactFields, 'name' | 'phone'>): string {
  const name = foldText(fields.name).replace(/\s+/g, ' ').trim();
  return `${fields.phone}|${name}`;
}
