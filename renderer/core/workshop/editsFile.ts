import { z } from 'zod';
import { VERIFICATION_LEVELS } from '../vocabulary';
import { utf8Bytes, utf8Text } from '../text';
import { officialSchema } from './entryRules';
import type { WorkshopEdit } from './workshopEdits';

// « Exporter pour les mainteneurs »: the workshop's edits as a JSON file that
// `npm run content:merge-edits <file>` applies to the Markdown sources in content/, so the repository
// stays the one source of the texts. Format documented in renderer/core/workshop/README.md.

export const EDITS_FILE_FORMAT = 'dalili-workshop-edits';
export const EDITS_FILE_VERSION = 1;
export const EDITS_FILE_MAX_BYTES = 8 * 1024 * 1024;

const fingerprint = z.string().regex(/^[0-9a-f]{64}$/);
const entryEditSchema = z.strictObject({
  kind: z.literal('entry'),
  entryId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
  base: fingerprint,
  official: z.union([officialSchema, z.null()]).optional(),
  verification: z
    .strictObject({ status: z.enum(VERIFICATION_LEVELS), note: z.string().optional() })
    .optional(),
});

const headingEditSchema = z.strictObject({
  kind: z.literal('heading'),
  docId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  at: z.array(z.number().int().nonnegative()).min(1).max(12),
  title: z.string().min(1),
  base: fingerprint,
  editorial: z.boolean(),
});

const editsFileSchema = z.strictObject({
  format: z.literal(EDITS_FILE_FORMAT),
  version: z.literal(EDITS_FILE_VERSION),
  createdAt: z.string(),
  /** The pack the edits were made on: its version and publisher, for the maintainers' information. */
  base: z.strictObject({ packVersion: z.number().int().nonnegative() }),
  edits: z.array(z.discriminatedUnion('kind', [entryEditSchema, headingEditSchema])).max(10_000),
});

export type EditsFile = z.infer<typeof editsFileSchema>;

export type EditsFileErrorCode = 'too-large' | 'not-edits-file' | 'newer-version' | 'malformed';
export class EditsFileError extends Error {
  constructor(readonly code: EditsFileErrorCode) {
    super(`edits-file-${code}`);
    this.name = 'EditsFileError';
  }
}

export function editsFileBytes(
  edits: readonly WorkshopEdit[],
  base: { packVersion: number },
  createdAt: string,
): Uint8Array<ArrayBuffer> {
  const file: EditsFile = {
    format: EDITS_FILE_FORMAT,
    version: EDITS_FILE_VERSION,
    createdAt,
    base,
    edits: [...edits],
  };
  return utf8Bytes(`${JSON.stringify(file, null, 2)}\n`);
}

/** Reads and checks an edits file; the official texts in it meet the compiler's rules field by field. */
export function readEditsFile(bytes: Uint8Array): EditsFile {
  if (bytes.length > EDITS_FILE_MAX_BYTES) throw new EditsFileError('too-large');
  let value: unknown;
  try {
    value = JSON.parse(utf8Text(bytes));
  } catch {
    throw new EditsFileError('not-edits-file');
  }
  const head = value as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EDITS_FILE_FORMAT)
    throw new EditsFileError('not-edits-file');
  if (typeof head.version === 'number' && head.version > EDITS_FILE_VERSION)
    throw new EditsFileError('newer-version');
  const parsed = editsFileSchema.safeParse(value);
  if (!parsed.success) throw new EditsFileError('malformed');
  return parsed.data;
}
