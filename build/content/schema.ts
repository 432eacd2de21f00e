import { z } from 'zod';
import {
  ACTOR_ROLES,
  COVERAGE_STATUSES,
  DOC_KINDS,
  DOCUMENT_STATUSES,
  INDICATOR_AUDIENCES,
  JURISDICTIONS,
  LANGUAGES,
  OWNERSHIPS,
  perTranslation,
  REFERENCE_LANGUAGE,
  SOURCE_TYPES,
  STRENGTHS,
  VERIFICATION_LEVELS,
} from '../../renderer/core/vocabulary';
import { isValidIsoDate, officialSchema } from '../../renderer/core/workshop/entryRules';

// The authoring schema: front matter and entry `meta` blocks as content/README.md documents them.
// Objects are strict so a misspelt field is an error, not silently ignored.

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_MESSAGE = 'must be lower-case letters, digits and hyphens (e.g. loi-09-001)';

// The official-text rules and the date check are shared with the app's workshop (one rule set).
export { isValidIsoDate, officialSchema };

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
const id = z.string({ error: 'must be an id' }).regex(ID_PATTERN, { error: ID_MESSAGE });
// Full or local entry/document ids: `doc`, `doc/entry` or `entry` (meta fields resolve it in the document).
export const refId = z
  .string({ error: 'must be an id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/, { error: 'must be an id like loi-09-001/art-53' });
const isoDate = z
  .string({ error: 'invalid date: write it as YYYY-MM-DD' })
  .refine(isValidIsoDate, { error: 'invalid date: expected a real calendar date written YYYY-MM-DD' });
const lang = z.enum(LANGUAGES);
const translations = perTranslation(() => text.optional());
// "a, b or c": the error names the values a writer may use, from the list itself.
const oneOf = (values: readonly string[]): string => `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;

export const localizedSchema = z.strictObject({ fr: text, ...translations });

export const LEVELS = VERIFICATION_LEVELS;
const LEVEL_MESSAGE = `verification must be ${oneOf(LEVELS)}`;
const level = z.enum(LEVELS, { error: LEVEL_MESSAGE });

// A document's level says how its identity (title, number, dates, publication) was checked; below
// officiel the note says against what, or what remains.
const verificationSchema = z
  .strictObject({ status: level, note: text.optional() })
  .superRefine((v, ctx) => {
    if (v.status !== 'officiel' && !v.note) {
      ctx.addIssue({ code: 'custom', params: { described: true }, path: ['note'], message: `a ${v.status} document needs a note saying what it was checked against and what remains` });
    }
  });

export const sourceSchema = z.strictObject({
  id,
  label: text,
  type: z.enum(SOURCE_TYPES),
  /** Who published this copy: two sources are independent when their publishers differ. */
  publisher: text,
  /** The official publication's precise reference (JO number and date, column or page). */
  publication: text.optional(),
  url: z.url({ error: 'must be a full URL' }).optional(),
});

const ownership = z.enum(OWNERSHIPS, { error: `must be ${oneOf(OWNERSHIPS)}` });

export const frontMatterSchema = z.strictObject({
  id,
  kind: z.enum(DOC_KINDS),
  title: localizedSchema,
  shortName: localizedSchema,
  citation: text,
  jurisdiction: z.enum(JURISDICTIONS),
  number: text.optional(),
  aliases: z.array(text).optional(),
  dates: z
    .strictObject({
      adopted: isoDate.optional(),
      promulgated: isoDate.optional(),
      published: isoDate.optional(),
      inForce: isoDate.optional(),
      note: text.optional(),
    })
    .optional(),
  ratification: z.strictObject({ date: isoDate.optional(), note: text.optional() }).optional(),
  status: z.enum(DOCUMENT_STATUSES),
  amends: z.array(id).optional(),
  amendedBy: z.array(id).optional(),
  sources: z.array(sourceSchema).min(1, { error: 'at least one source is required' }),
  verification: verificationSchema,
  tags: z.array(z.string()).optional(),
  languages: z
    .array(lang)
    .min(1)
    .refine((l) => l.includes(REFERENCE_LANGUAGE), { error: `must include ${REFERENCE_LANGUAGE} (the reference language)` }),
  validAsOf: isoDate,
  summary: localizedSchema.optional(),
  dimensions: z.array(z.strictObject({ id, fr: text, ...translations })).optional(),
  // Indicator sets: is this the full published list, and whose are the grouping and the strengths.
  coverage: z.strictObject({ status: z.enum(COVERAGE_STATUSES, { error: `must be ${oneOf(COVERAGE_STATUSES)}` }), note: text }).optional(),
  grouping: z.strictObject({ dimensions: ownership.optional(), strength: ownership.optional() }).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const questionList = z.array(text);

// Issue 20: the official wording an office keyed from the Journal officiel (or the depositary's text), with
// where it was read and who keyed and checked it; and the dates and instrument of each version in time.
// (officialSchema: renderer/core/workshop/entryRules.ts.)
const inForceSchema = z.strictObject({ from: isoDate, until: isoDate.optional(), madeBy: text });

export const versionSchema = z.strictObject({
  inForce: z.strictObject({ from: isoDate, until: isoDate, madeBy: text }),
  fr: text,
  ...translations,
  official: officialSchema.optional(),
});

export const metaSchema = z
  .strictObject({
    verification: level,
    note: text.optional(),
    sources: z.array(id).optional(),
    related: z.array(refId).optional(),
    tags: z.array(z.string()).optional(),
    penalty: z
      .strictObject({ min: text.optional(), max: text.optional(), fine: text.optional(), note: text.optional() })
      .optional(),
    ...translations,
    // The entry heading in each translation (the French heading is the Markdown heading itself).
    title: z.strictObject(translations).optional(),
    dimension: id.optional(),
    strength: z.enum(STRENGTHS).optional(),
    audience: z.enum(INDICATOR_AUDIENCES).optional(),
    questions: z.strictObject({ fr: questionList, ...perTranslation(() => questionList.optional()) }).optional(),
    provisions: z.array(refId).optional(),
    referral: z.array(refId).optional(),
    role: z.enum(ACTOR_ROLES).optional(),
    official: officialSchema.optional(),
    inForce: inForceSchema.optional(),
    versions: z.array(versionSchema).min(1, { error: 'list at least one earlier version, or remove `versions`' }).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.verification === 'a-verifier' && !m.note) {
      ctx.addIssue({
        code: 'custom',
        params: { described: true },
        path: ['note'],
        message: 'an a-verifier entry needs a note saying which: one secondary source only, sources disagree (which, on what), or point not read',
      });
    }
  });

export type EntryMeta = z.infer<typeof metaSchema>;

export const tagsFileSchema = z.record(
  z.string().regex(ID_PATTERN, { error: `tag ${ID_MESSAGE}` }),
  localizedSchema,
);

/** Turns zod issues into one readable message per problem, each with the path it concerns. */
export const describeIssues = (
  issues: readonly z.core.$ZodIssue[],
): { path: PropertyKey[]; message: string }[] =>
  issues.flatMap((issue) => {
    const path = [...issue.path];
    const name = path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      // A key with spaces is almost always text cut at a comma inside a flow mapping `{ … }`.
      const hint = (key: string): string =>
        /\s/.test(key) ? ' (a comma inside `{ … }` ends a value: put text containing commas in quotes)' : '';
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field \`${name ? `${name}.` : ''}${key}\`${hint(key)}`,
      }));
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return [{ path, message: `missing required field \`${name}\`` }];
    }
    // Cross-field rules (marked `described`) already say what they concern.
    const described = issue.code === 'custom' && (issue.params as { described?: boolean } | undefined)?.described;
    const prefix = name && !described ? `\`${name}\` ` : '';
    return [{ path, message: `${prefix}${issue.message}` }];
  });
