import { z } from 'zod';
import {
  ACTOR_ROLES,
  COVERAGE_STATUSES,
  DOC_KINDS,
  DOCUMENT_STATUSES,
  ENTRY_KINDS,
  ENTRY_NATURES,
  INDICATOR_AUDIENCES,
  JURISDICTIONS,
  LANGUAGES,
  OWNERSHIPS,
  perTranslation,
  SOURCE_TYPES,
  STRENGTHS,
  VERIFICATION_LEVELS,
} from '../vocabulary';
import { PackError } from './packError';
import { PART, parseJsonPart } from './packManifest';
import type { ContentDocument, Entry, OutlineNode, Source, TagLabels, Verification } from './types';

// Signed parts are trusted for origin, not for shape: a builder bug or a pack from another app
// version must fail here with 'malformed' rather than crash a screen later.

const localized = z.object({ fr: z.string(), ...perTranslation(() => z.string().optional()) });
const localizedList = z.object({ fr: z.array(z.string()), ...perTranslation(() => z.array(z.string()).optional()) });
// Packs built before the three levels (issue 14) said `verifie` for an entry checked against at least
// one source, at no stated level: it is read as a-verifier, with a note saying so, never promoted.
export const LEGACY_VERIFIE_NOTE = 'Pack antérieur : ancien statut « vérifié », sans niveau établi ; à reclasser.';
const verification = z
  .object({ status: z.enum([...VERIFICATION_LEVELS, 'verifie']), note: z.string().optional() })
  .transform((v): Verification =>
    v.status === 'verifie'
      ? { status: 'a-verifier', note: v.note ? `${v.note} ${LEGACY_VERIFIE_NOTE}` : LEGACY_VERIFIE_NOTE }
      : { status: v.status, ...(v.note !== undefined ? { note: v.note } : {}) },
  );
// Earlier packs named no publisher: the label stands in, so two legacy sources count as independent only
// when their labels differ.
const source = z
  .object({
    id: z.string(),
    label: z.string(),
    type: z.enum(SOURCE_TYPES),
    publisher: z.string().optional(),
    publication: z.string().optional(),
    url: z.string().optional(),
  })
  .transform((s): Source => ({ ...s, publisher: s.publisher ?? s.label }));
const ids = z.array(z.string());

// Issue 20: the official wording and the versions in time. Optional, so packs made before them parse;
// a pack that uses them says schema 2 (packManifest.ts), which an older app refuses rather than show a
// summary under the nature `texte`.
const officialText = z.object({
  text: z.string().min(1),
  reference: z.object({
    publication: z.string().min(1),
    number: z.string().optional(),
    date: z.string().min(1),
    page: z.string().min(1),
  }),
  keyedBy: z.string().min(1),
  keyedOn: z.string().min(1),
  verifiedBy: z.string().min(1),
  verifiedOn: z.string().min(1),
});
const inForce = z.object({ from: z.string().min(1), until: z.string().optional(), madeBy: z.string().min(1) });
const entryVersion = z.object({
  text: localized,
  official: officialText.optional(),
  inForce: inForce.extend({ until: z.string().min(1) }),
});

const outlineNode: z.ZodType<OutlineNode> = z.lazy(() =>
  z.union([
    z.object({
      type: z.literal('heading'),
      title: z.string(),
      depth: z.number().int(),
      text: z.string().optional(),
      editorial: z.boolean().optional(),
      children: z.array(outlineNode),
    }),
    z.object({ type: z.literal('entry'), id: z.string() }),
  ]),
);

const documentSchema = z.object({
  id: z.string(),
  kind: z.enum(DOC_KINDS),
  title: localized,
  shortName: localized,
  citation: z.string(),
  jurisdiction: z.enum(JURISDICTIONS),
  number: z.string().optional(),
  aliases: z.array(z.string()),
  dates: z.object({
    adopted: z.string().optional(),
    promulgated: z.string().optional(),
    published: z.string().optional(),
    inForce: z.string().optional(),
    note: z.string().optional(),
  }),
  ratification: z.object({ date: z.string().optional(), note: z.string().optional() }).optional(),
  status: z.enum(DOCUMENT_STATUSES),
  amends: ids,
  amendedBy: ids,
  sources: z.array(source),
  verification,
  tags: ids,
  languages: z.array(z.enum(LANGUAGES)),
  validAsOf: z.string(),
  summary: localized.optional(),
  outline: z.array(outlineNode),
  entryIds: ids,
  dimensions: z.array(z.object({ id: z.string(), label: localized })).optional(),
  coverage: z.object({ status: z.enum(COVERAGE_STATUSES), note: z.string() }).optional(),
  grouping: z
    .object({ dimensions: z.enum(OWNERSHIPS).optional(), strength: z.enum(OWNERSHIPS).optional() })
    .optional(),
});

const entrySchema = z.object({
  id: z.string(),
  docId: z.string(),
  kind: z.enum(ENTRY_KINDS),
  number: z.string().optional(),
  heading: z.string(),
  headingTranslations: z.object(perTranslation(() => z.string().optional())).optional(),
  citation: z.string(),
  text: localized,
  path: z.array(z.string()),
  editorialPath: z.array(z.number().int().nonnegative()).optional(),
  // Earlier packs held summaries only and did not say so.
  nature: z.enum(ENTRY_NATURES).default('resume'),
  official: officialText.optional(),
  inForce: inForce.optional(),
  versions: z.array(entryVersion).optional(),
  verification,
  sources: z.array(source),
  related: ids,
  tags: ids,
  penalty: z
    .object({ min: z.string().optional(), max: z.string().optional(), fine: z.string().optional(), note: z.string().optional() })
    .optional(),
  dimension: z.string().optional(),
  strength: z.enum(STRENGTHS).optional(),
  audience: z.enum(INDICATOR_AUDIENCES).optional(),
  questions: localizedList.optional(),
  provisions: ids.optional(),
  referral: ids.optional(),
  indicators: ids.optional(),
  role: z.enum(ACTOR_ROLES).optional(),
});

const parseWith = <T>(schema: z.ZodType<T>, bytes: Uint8Array, part: string): T => {
  const parsed = schema.safeParse(parseJsonPart(bytes, part));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackError('malformed', part, issue ? `${issue.path.join('.')}: ${issue.message}` : undefined);
  }
  return parsed.data;
};

export interface PackContent {
  documents: ContentDocument[];
  entries: Entry[];
  tags: TagLabels;
}

/** The documents alone: what the library's list needs, parsed before the rest of the pack. */
export const parseDocuments = (bytes: Uint8Array): ContentDocument[] =>
  parseWith(z.array(documentSchema), bytes, PART.documents);

/** Entries and tags, checked against the documents already parsed (every id known, none twice). */
export const parseEntriesAndTags = (
  documents: readonly ContentDocument[],
  parts: { entries: Uint8Array; tags: Uint8Array },
): { entries: Entry[]; tags: TagLabels } => {
  const entries: Entry[] = parseWith(z.array(entrySchema), parts.entries, PART.entries);
  const tags: TagLabels = parseWith(z.record(z.string(), localized), parts.tags, PART.tags);
  const docIds = new Set(documents.map((d) => d.id));
  const entryIds = new Set<string>();
  for (const e of entries) {
    if (!docIds.has(e.docId) || entryIds.has(e.id)) throw new PackError('malformed', PART.entries, e.id);
    entryIds.add(e.id);
  }
  for (const d of documents) {
    if (d.entryIds.some((id) => !entryIds.has(id))) throw new PackError('malformed', PART.documents, d.id);
  }
  return { entries, tags };
};

export const parsePackContent = (parts: {
  documents: Uint8Array;
  entries: Uint8Array;
  tags: Uint8Array;
}): PackContent => {
  const documents = parseDocuments(parts.documents);
  return { documents, ...parseEntriesAndTags(documents, parts) };
};
