import {
  ACTOR_ROLES,
  CASE_RECORD_KIND_LIST,
  CASE_STATUSES,
  DOC_KINDS,
  DOCUMENT_STATUSES,
  ENTRY_NATURES,
  JURISDICTIONS,
  LANGUAGES,
  MARKS,
  PERSON_ROLES,
  REFERRAL_STATUSES,
  SCREENING_AUDIENCES,
  STRENGTHS,
  VERIFICATION_LEVELS,
} from '../../core/vocabulary';
import { EXPLOITATION_FORMS, NATIONALITY_CODES, REFERRAL_OUTCOMES, SITE_TYPES } from '../../core/vocabulary';
import type { MessageKey } from './catalog';

// Where the words of the vocabulary get their labels. Each family is `prefix.value` in the catalogue;
// `labelKeys` compiles only when the French catalogue (hence en and sw, which must carry its keys) has
// a label for every value, and the error names the missing key: adding a value to a list in
// renderer/core/vocabulary makes the compiler point here, then at each catalogue.

type Missing<P extends string, V extends string> = Exclude<`${P}.${V}`, MessageKey>;

export function labelKeys<const P extends string, const V extends string>(
  prefix: P,
  values: readonly V[] & ([Missing<P, V>] extends [never] ? unknown : { missingLabel: Missing<P, V> }),
): Readonly<Record<V, `${P}.${V}` & MessageKey>> {
  return Object.fromEntries(values.map((v) => [v, `${prefix}.${v}`])) as Record<V, `${P}.${V}` & MessageKey>;
}

/** Every label family of the vocabulary: the UI reads its keys here, a test checks each in fr, en and sw. */
export const VOCABULARY_LABELS = {
  docKind: labelKeys('library.kind', DOC_KINDS),
  docKindCount: labelKeys('library.count', DOC_KINDS),
  docKindFilter: labelKeys('search.filter.kind', DOC_KINDS),
  docKindResults: labelKeys('search.kinds', DOC_KINDS),
  nature: labelKeys('library.nature', ENTRY_NATURES),
  natureExplain: labelKeys('library.nature.explain', ENTRY_NATURES),
  verification: labelKeys('library.verification', VERIFICATION_LEVELS),
  verificationExplain: labelKeys('library.verification.explain', VERIFICATION_LEVELS),
  jurisdiction: labelKeys('library.jurisdiction', JURISDICTIONS),
  jurisdictionFilter: labelKeys('search.filter.jurisdiction', JURISDICTIONS),
  documentStatus: labelKeys('library.status', DOCUMENT_STATUSES),
  languageName: labelKeys('library.languageName', LANGUAGES),
  languageFilter: labelKeys('search.filter.lang', LANGUAGES),
  strength: labelKeys('screening.strength', STRENGTHS),
  screeningAudience: labelKeys('screening.audience', SCREENING_AUDIENCES),
  mark: labelKeys('screening.mark', MARKS),
  actorRole: labelKeys('directory.role', ACTOR_ROLES),
  caseStatus: labelKeys('cases.status', CASE_STATUSES),
  personRole: labelKeys('cases.role', PERSON_ROLES),
  referralStatus: labelKeys('cases.rstatus', REFERRAL_STATUSES),
  caseRecordKind: labelKeys('backup.kind', CASE_RECORD_KIND_LIST),
  // Issue 21, point 2: the optional fields the statistics count.
  siteType: labelKeys('cases.siteType', SITE_TYPES),
  exploitation: labelKeys('cases.exploitation', EXPLOITATION_FORMS),
  nationalityCode: labelKeys('cases.nationalityCode', NATIONALITY_CODES),
  serviceType: labelKeys('cases.serviceType', ACTOR_ROLES),
  referralOutcome: labelKeys('cases.outcome', REFERRAL_OUTCOMES),
} as const;
