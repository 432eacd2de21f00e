import { z } from 'zod';
import { RECORD_VERSIONS } from './recordVersions';
import {
  CASE_RECORD_KINDS,
  CASE_STATUSES,
  MARKS,
  PERSON_ROLES,
  REFERRAL_STATUSES,
  SCREENING_AUDIENCES,
  type CaseStatusName,
} from '../vocabulary';
import {
  ACTOR_ROLES,
  EXPLOITATION_FORMS,
  NATIONALITY_CODES,
  REFERRAL_OUTCOMES,
  SITE_TYPES,
} from '../vocabulary';

// Zod decoders for every record the case notebook stores in the vault. They are the only way a
// decrypted payload becomes typed data: a record that does not match is reported as damaged.
// Limits keep one careless paste from making a record (and its padding) huge.

// Statuses, roles and record kinds are declared once in renderer/core/vocabulary.
export { CASE_STATUSES, PERSON_ROLES, REFERRAL_STATUSES } from '../vocabulary';
export type CaseStatus = CaseStatusName;

export const AGE_GROUPS = ['unknown', '0-11', '12-14', '15-17', '18-24', '25-59', '60+'] as const;
export const SEXES = ['f', 'm', 'unknown'] as const;
export const VULNERABILITIES = [
  'child',
  'unaccompanied',
  'disability',
  'pregnancy',
  'displaced',
  'no-documents',
  'debt',
  'language',
  'health',
] as const;
export const CONSENT_MODES = ['oral', 'written', 'guardian'] as const;
/** What a referral may pass on; the fiche de référence prints only the ones ticked. */
export const SHAREABLE = [
  'code',
  'initials',
  'age',
  'sex',
  'nationality',
  'languages',
  'vulnerabilities',
  'contact',
  'reason',
  'place',
] as const;
// Values are only ever added (an older notebook keeps reading): Word documents and phone videos came later.
export const ATTACHMENT_TYPES = [
  'png',
  'jpeg',
  'pdf',
  'mp3',
  'ogg',
  'wav',
  'docx',
  'doc',
  'mp4',
  '3gp',
  'mov',
] as const;

export const LIMITS = { short: 120, summary: 4000, note: 20_000, list: 20, infractions: 40 } as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalDate = z.union([isoDate, z.literal('')]);
const short = z.string().max(LIMITS.short);
const id = z.string().regex(/^[0-9a-f]{32}$/);

export const statusChangeSchema = z.strictObject({
  status: z.enum(CASE_STATUSES),
  on: isoDate,
  at: z.number(),
});

export const caseNumberSchema = z.strictObject({
  prefix: z.string().regex(/^[A-Z0-9]{2,8}$/),
  year: z.number().int().min(2000).max(2100),
  seq: z.number().int().min(1).max(99_999),
});

export const placeSchema = z.strictObject({
  province: short,
  territory: short,
  site: short,
  /** Decimal degrees, or null when not taken. */
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
});

/** The first 16 hex digits of a journal entry's hash: enough to tell one version of a case from another. */
export const journalHead = z.string().regex(/^[0-9a-f]{16}$/);

export const caseFileSchema = z.strictObject({
  v: z.literal(RECORD_VERSIONS.case),
  number: caseNumberSchema,
  status: z.enum(CASE_STATUSES),
  statusHistory: z.array(statusChangeSchema).min(1),
  openedOn: isoDate,
  incidentOn: optionalDate,
  place: placeSchema,
  summary: z.string().max(LIMITS.summary),
  /** Full entry ids of library articles: the "infractions envisagées". */
  infractions: z.array(z.string().max(200)).max(LIMITS.infractions),
  /** Earliest open referral follow-up or open task due date, kept here so the list can filter on it. */
  followUpOn: optionalDate,
  /** Anchor of the audit chain: a removed last entry shows as a count or head mismatch. */
  audit: z.strictObject({ count: z.number().int().min(0), head: z.string() }),
  createdAt: z.number(),
  /**
   * The distinct search words of the whole case (summary, place, people's codes and initials,
   * notes), kept with the case so that unlocking reads one record per case to build the search
   * index instead of every note. Encrypted like the rest; rewritten with each change.
   */
  searchWords: z.string().max(400_000).default(''),
  /** How `searchWords` was folded (caseIndex.ts, SEARCH_WORDS_VERSION); absent on cases saved before issue 17. */
  searchWordsVersion: z.number().int().min(1).optional(),
  /**
   * Version 3 (issue 18, point 3): the keyed digest of the case's live set as the journal says it
   * should be, and the notebook counter of the commit that wrote it (caseSeal.ts). Absent on cases
   * not saved since; sealed at their next save.
   */
  seal: z
    .strictObject({
      counter: z.number().int().min(1),
      // SHA-256 of the sealed text; the keyed digest is taken over it, so a re-encryption can re-sign
      // the seal under the new key after checking it under the old one (issue 18, point 5). Absent in
      // seals written before that (notebook-v2 fixture): the keyed digest is then over the text itself.
      digest: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
      mac: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
  /**
   * Version 4 (issue 18, point 1): the whole case was deleted (deleteCase.ts): when, why, and the
   * journal it knew (the first 16 hex of every entry's hash), so a merge tells a copy of the case
   * from before the deletion (its journal head is in this list) from one edited elsewhere after it.
   * Absent on a live case; restorable for UNDO_DAYS, then purged at unlock.
   */
  deleted: z
    .strictObject({
      at: z.number(),
      reason: z.string().max(500),
      heads: z.array(journalHead).max(100_000),
    })
    .optional(),
  // Version 5 (issue 21, statistics): the kind of site and the forms of exploitation, both optional:
  // a case saved before them is counted as « non renseigné », never guessed from its summary.
  siteType: z.enum(SITE_TYPES).optional(),
  exploitation: z.array(z.enum(EXPLOITATION_FORMS)).max(EXPLOITATION_FORMS.length).optional(),
});

export const personSchema = z.strictObject({
  v: z.literal(RECORD_VERSIONS['case-person']),
  role: z.enum(PERSON_ROLES),
  code: short.min(1),
  initials: z.string().max(12),
  age: z.number().int().min(0).max(120).nullable(),
  ageGroup: z.enum(AGE_GROUPS),
  sex: z.enum(SEXES),
  nationality: short,
  languages: short,
  vulnerabilities: z.array(z.enum(VULNERABILITIES)).max(LIMITS.list),
  contactConsent: z.boolean(),
  // Version 2 (issue 19): the one free-text `contact` became two phones (E.164 or '') and an e-mail;
  // what version 1 held is kept, as typed, in `contactNote` (recordMigrations.ts). New fields default.
  phone: z.string().max(20).default(''),
  phone2: z.string().max(20).default(''),
  email: z.string().max(254).default(''),
  contactNote: short.default(''),
  // Version 3 (issue 21): nationality as a code of the region's list, beside the free text above; the
  // statistics count only the code (a person saved before it is « non renseigné »).
  nationalityCode: z.enum(NATIONALITY_CODES).optional(),
});

const answerSchema = z.strictObject({
  mark: z.enum(MARKS),
  note: z.string().max(500),
});
export const screeningSchema = z.strictObject({
  format: z.literal('dalili-screening'),
  version: z.literal(1),
  audience: z.enum(SCREENING_AUDIENCES),
  setId: z.string().max(200),
  answers: z.record(z.string().max(300), answerSchema),
});

export const caseScreeningSchema = z.strictObject({
  v: z.literal(1),
  personId: id,
  date: isoDate,
  interviewer: short.min(1),
  screening: screeningSchema,
});

export const referralSchema = z.strictObject({
  v: z.literal(RECORD_VERSIONS['case-referral']),
  personId: id,
  /** Directory contact id, and a copy of who it was: the directory may change later. */
  contactId: z.string().max(64),
  actor: short,
  organisation: short,
  date: isoDate,
  reason: z.string().max(1000).min(1),
  consent: z.boolean(),
  consentMode: z.union([z.enum(CONSENT_MODES), z.literal('')]),
  shared: z.array(z.enum(SHAREABLE)).max(SHAREABLE.length),
  status: z.enum(REFERRAL_STATUSES),
  followUpOn: optionalDate,
  /** Copied from the directory contact when one is picked (E.164 and e-mail); absent in older referrals. */
  contactPhone: z.string().max(20).optional(),
  contactPhone2: z.string().max(20).optional(),
  contactEmail: z.string().max(254).optional(),
  // Version 2 (issue 21): the kind of service referred to and what came of it, both optional.
  serviceType: z.enum(ACTOR_ROLES).optional(),
  outcome: z.enum(REFERRAL_OUTCOMES).optional(),
});

export const noteSchema = z.strictObject({
  v: z.literal(1),
  at: z.number(),
  text: z.string().min(1).max(LIMITS.note),
});
export const taskSchema = z.strictObject({
  v: z.literal(1),
  title: short.min(1),
  dueOn: optionalDate,
  done: z.boolean(),
});

export const attachmentSchema = z.strictObject({
  v: z.literal(RECORD_VERSIONS['case-attachment']),
  name: z.string().max(200),
  /** Version 2 (issue 18, point 1): what the file shows, typed when it is renamed. */
  description: z.string().max(1000).default(''),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().min(1),
  /** The record holding the bytes (kind attachment-data), read only when the file is opened. */
  dataId: id,
  addedAt: z.number(),
});
export const attachmentDataSchema = z.strictObject({ v: z.literal(1), base64: z.string() });

export const AUDIT_ACTIONS = [
  'created',
  'edited',
  'status',
  'person',
  'screening',
  'qualification',
  'referral',
  'note',
  'task',
  'attachment',
  'exported',
  'printed',
  'deleted',
  // Issue 18, point 3: cases arriving by transfer are sealed anew under this notebook's key.
  'imported',
  // A backup merge wrote records of the case: its live set as merged is the one expected from then on.
  'merged',
  // Issue 18, point 1 (journal version 3): an undo, an attachment renamed, a whole case deleted and restored.
  'restored',
  'renamed',
  'case-deleted',
  'case-restored',
  // Issue 21, point 1 (journal version 4): a court file or a children's judge extract was prepared.
  'court-file',
] as const;
/** One record a commit wrote: [record id, kind, SHA-256 of its payload as stored] (recordDigest.ts). */
const bindingSchema = z.tuple([id, z.string().max(32), z.string().regex(/^([0-9a-f]{64})?$/)]);
/**
 * What a journal entry binds (issue 18, point 3): the records its commit wrote and deleted, and, on
 * the first bound entry of a case saved before bindings existed, the live set it found (`base`).
 */
export const auditBindsSchema = z.strictObject({
  base: z.array(bindingSchema).max(100_000).optional(),
  wrote: z.array(bindingSchema).max(10_000),
  deleted: z.array(id).max(10_000),
});
/**
 * What a court file held (issue 21, journal version 4): which document, its sections, the codes of the
 * persons in it and of those whose identity was shown, the number of annexes. Never a word of content.
 */
export const courtFileIncludedSchema = z.strictObject({
  document: z.enum(['parquet', 'enfant']),
  sections: z.array(z.string().max(32)).max(20),
  persons: z.array(short).max(500),
  identities: z.array(short).max(500),
  annexes: z.number().int().min(0).max(100_000),
});

export const auditEntrySchema = z.strictObject({
  v: z.literal(RECORD_VERSIONS['case-audit']),
  seq: z.number().int().min(0),
  at: z.number(),
  action: z.enum(AUDIT_ACTIONS),
  prev: z.string(),
  hash: z.string(),
  /** Absent on entries written before version 2: they are shown as not bound. */
  binds: auditBindsSchema.optional(),
  /** Version 4: on a `court-file` entry, what the document held (covered by the entry's hash). */
  included: courtFileIncludedSchema.optional(),
});

export type StatusChange = z.infer<typeof statusChangeSchema>;
export type CaseNumber = z.infer<typeof caseNumberSchema>;
export type Place = z.infer<typeof placeSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;
export type Person = z.infer<typeof personSchema>;
export type PersonRole = Person['role'];
export type CaseScreening = z.infer<typeof caseScreeningSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type AttachmentType = Attachment['type'];
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditAction = AuditEntry['action'];
export type AuditBinds = z.infer<typeof auditBindsSchema>;
export type Binding = z.infer<typeof bindingSchema>;
export type CourtFileIncluded = z.infer<typeof courtFileIncludedSchema>;

/** Record kinds in the vault (stored in clear: short codes, never case data). */
export const KINDS = CASE_RECORD_KINDS;
