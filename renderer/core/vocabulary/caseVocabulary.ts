// The case notebook's words that are stored, shown and filtered on. Values are only ever added: an
// older notebook keeps reading (renderer/core/cases/README.md).

/**
 * Record kinds in the vault, stored in clear (short codes, never case data). A new kind needs a
 * schema in `cases/caseRecordSchemas.ts` and a label (`backup.kind.*`): the compiler asks for both.
 */
export const CASE_RECORD_KINDS = {
  case: 'case',
  person: 'case-person',
  screening: 'case-screening',
  referral: 'case-referral',
  note: 'case-note',
  task: 'case-task',
  attachment: 'case-attachment',
  attachmentData: 'case-attachment-data',
  audit: 'case-audit',
  // Issue 18, points 1 and 2: a previous version of an edited record, and what a deletion leaves.
  revision: 'case-revision',
  tombstone: 'case-tombstone',
} as const;
export type CaseRecordKind = (typeof CASE_RECORD_KINDS)[keyof typeof CASE_RECORD_KINDS];
export const CASE_RECORD_KIND_LIST = Object.values(CASE_RECORD_KINDS) as readonly CaseRecordKind[];

export const CASE_STATUSES = ['ouvert', 'oriente', 'en-suivi', 'clos'] as const;
export type CaseStatusName = (typeof CASE_STATUSES)[number];

export const PERSON_ROLES = ['victime', 'temoin', 'suspect', 'autre'] as const;
export type PersonRoleName = (typeof PERSON_ROLES)[number];

export const REFERRAL_STATUSES = ['envoyee', 'acceptee', 'refusee', 'cloturee'] as const;
export type ReferralStatusName = (typeof REFERRAL_STATUSES)[number];
/** A referral still waiting for an answer or a follow-up: its date counts as the case's next follow-up. */
export const OPEN_REFERRAL_STATUSES = [
  'envoyee',
  'acceptee',
] as const satisfies readonly ReferralStatusName[];
