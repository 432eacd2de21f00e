import { z } from 'zod';
import { CASE_RECORD_KINDS as KINDS, EXPLOITATION_FORMS, SITE_TYPES } from '../vocabulary';
import { RECORD_VERSIONS } from './recordVersions';

// Issue 18, points 1 and 2: what an edit and a deletion leave behind (README, "Edit, delete, history").

/** Kinds a person can delete from a case; the case record itself is edited, never deleted. */
export const DELETABLE_KINDS = [
  KINDS.person,
  KINDS.screening,
  KINDS.referral,
  KINDS.note,
  KINDS.task,
  KINDS.attachment,
] as const;
export type DeletableKind = (typeof DELETABLE_KINDS)[number];

/** Kinds whose previous versions are kept: the deletable ones and the case's own fields. */
export const VERSIONED_KINDS = [KINDS.case, ...DELETABLE_KINDS] as const;
export type VersionedKind = (typeof VERSIONED_KINDS)[number];

/** At most this many previous versions per record; the oldest goes first (README: why bounded). */
export const MAX_REVISIONS = 20;
/** A deletion can be undone for this long, and only while the case is not closed. */
export const UNDO_DAYS = 30;
export const UNDO_MS = UNDO_DAYS * 24 * 60 * 60 * 1000;
export const REASON_MAX = 500;

const id = z.string().regex(/^[0-9a-f]{32}$/);
/** `<updatedAt>:<32 hex of SHA-256 of the decoded payload>`: one version of one record (recordVersionId.ts). */
export const versionIdSchema = z.string().regex(/^\d{1,16}:[0-9a-f]{32}$/);

/** The fields of the case record a person types; a revision of the case keeps only these. */
export const caseFieldsRevisionSchema = z.strictObject({
  openedOn: z.string().max(10),
  incidentOn: z.string().max(10),
  place: z.strictObject({
    province: z.string().max(120),
    territory: z.string().max(120),
    site: z.string().max(120),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  }),
  summary: z.string().max(4000),
  infractions: z.array(z.string().max(200)).max(40),
  // Issue 21: kept in the history like the place, so that a corrected site type shows its earlier value.
  siteType: z.enum(SITE_TYPES).optional(),
  exploitation: z.array(z.enum(EXPLOITATION_FORMS)).max(EXPLOITATION_FORMS.length).optional(),
});

/** A previous version of a record, written in the same transaction as the edit that replaced it. */
export const revisionSchema = z.strictObject({
  v: z.literal(RECORD_VERSIONS['case-revision']),
  recordId: id,
  kind: z.enum(VERSIONED_KINDS),
  /** When that version was saved (its row's updatedAt) and when it was replaced. */
  savedAt: z.number(),
  replacedAt: z.number(),
  version: versionIdSchema,
  /** The payload as it was (for the case: its typed fields only), decoded by `kind`'s schema when shown. */
  payload: z.unknown(),
});

/**
 * What a deletion leaves, under the deleted record's own id (so a merge meets it where the record
 * was). `last` is the version deleted, kept only while the deletion can be undone.
 */
export const tombstoneSchema = z
  .strictObject({
    v: z.literal(RECORD_VERSIONS['case-tombstone']),
    // Version 2: a whole case, once its deletion is final (deleteCase.ts), under the case's id.
    kind: z.enum([...DELETABLE_KINDS, KINDS.attachmentData, KINDS.case]),
    deletedAt: z.number(),
    reason: z.string().max(REASON_MAX),
    /** Every version of the record the deleting notebook knew: an edit elsewhere not in this list came later. */
    versions: z.array(versionIdSchema).max(MAX_REVISIONS + 1),
    /** Attachment bytes are written once: their tombstone covers any version (`versions` empty). */
    anyVersion: z.boolean().default(false),
    last: z.unknown().optional(),
    lastSavedAt: z.number().optional(),
    /** A whole case's (version 2): its journal as the deletion knew it, what `versions` says for a record. */
    heads: z
      .array(z.string().regex(/^[0-9a-f]{16}$/))
      .max(100_000)
      .optional(),
  })
  // A whole case's tombstone is told by its journal, any other by its versions: never both, never neither.
  .refine((stone) => (stone.kind === KINDS.case) === (stone.heads !== undefined), { path: ['heads'] });

export type Revision = z.infer<typeof revisionSchema>;
export type Tombstone = z.infer<typeof tombstoneSchema>;
export type CaseFieldsRevision = z.infer<typeof caseFieldsRevisionSchema>;

export function isDeletableKind(kind: string): kind is DeletableKind {
  return (DELETABLE_KINDS as readonly string[]).includes(kind);
}

/** The tombstone without what it kept for undo: what remains once a deletion is final, and what travels. */
export function finalTombstone(stone: Tombstone): Tombstone {
  const { v, kind, deletedAt, reason, versions, anyVersion, heads } = stone;
  return { v, kind, deletedAt, reason, versions, anyVersion, ...(heads ? { heads } : {}) };
}
