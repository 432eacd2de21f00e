import { z } from 'zod';
import {
  contactFieldsSchema,
  duplicateKey,
  toFieldError,
  type Contact,
  type ContactFields,
  type FieldError,
} from './contact';

// The file offices pass each other on a USB stick. Checked whole before anything is written: one bad
// contact refuses the file, and the directory stays as it was.

export const DIRECTORY_FORMAT = 'dalili-directory';
export const DIRECTORY_VERSION = 1;
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_CONTACTS = 1000;

export interface DirectoryFile {
  format: typeof DIRECTORY_FORMAT;
  version: typeof DIRECTORY_VERSION;
  exportedAt: string;
  contacts: ContactFields[];
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'unsupported-version' }
  | { code: 'too-many' }
  | { code: 'invalid-contact'; index: number; error: FieldError };

export type ParseResult = { ok: true; contacts: ContactFields[] } | { ok: false; error: ImportError };

const envelopeSchema = z.object({
  format: z.string(),
  version: z.unknown(),
  contacts: z.array(z.unknown()),
});

const FIELD_ORDER: (keyof ContactFields)[] = [
  'name',
  'organisation',
  'role',
  'province',
  'territory',
  'phone',
  'phone2',
  'email',
  'notes',
];

export function serialiseDirectory(contacts: readonly Contact[], exportedAt: Date): Uint8Array {
  const file: DirectoryFile = {
    format: DIRECTORY_FORMAT,
    version: DIRECTORY_VERSION,
    exportedAt: exportedAt.toISOString(),
    // Local ids and dates stay here: the receiving office gives the contacts its own.
    contacts: contacts.map(
      (c) => Object.fromEntries(FIELD_ORDER.map((f) => [f, c[f]])) as unknown as ContactFields,
    ),
  };
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}

function decodeJson(bytes: Uint8Array): unknown {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  return JSON.parse(text) as unknown;
}

export function parseDirectoryFile(bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large' } };
  let raw: unknown;
  try {
    raw = decodeJson(bytes);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || envelope.data.format !== DIRECTORY_FORMAT)
    return { ok: false, error: { code: 'wrong-format' } };
  if (envelope.data.version !== DIRECTORY_VERSION)
    return { ok: false, error: { code: 'unsupported-version' } };
  if (envelope.data.contacts.length > MAX_CONTACTS) return { ok: false, error: { code: 'too-many' } };
  const contacts: ContactFields[] = [];
  for (const [index, item] of envelope.data.contacts.entries()) {
    const parsed = contactFieldsSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const error: FieldError = issue ? toFieldError(issue) : { field: 'name', code: 'invalid' };
      return { ok: false, error: { code: 'invalid-contact', index, error } };
    }
    contacts.push(parsed.data);
  }
  return { ok: true, contacts };
}

/**
 * Which imported contacts to add. A contact already in the directory (same name and number) is kept
 * as the office has it, since the office may have corrected it; repeats inside the file count once.
 */
export function planImport(
  existing: readonly ContactFields[],
  incoming: readonly ContactFields[],
): { toAdd: ContactFields[]; duplicates: number } {
  const seen = new Set(existing.map(duplicateKey));
  const toAdd: ContactFields[] = [];
  for (const contact of incoming) {
    const key = duplicateKey(contact);
    if (seen.has(key)) continue;
    seen.add(key);
    toAdd.push(contact);
  }
  return { toAdd, duplicates: incoming.length - toAdd.length };
}
