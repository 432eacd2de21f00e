// Closed lists that the statistics count on (issue 21, point 2). Stored in case records, so a value is only
// ever added, never renamed or removed (an older notebook keeps reading). "Not filled in" is never a
// value here: an absent field is counted as « non renseigné » and never guessed.

/** Where the exploitation took place, by kind of site (the place's name stays free text in the case). */
export const SITE_TYPES = [
  'mine-artisanale',
  'carriere',
  'traitement',
  'negoce',
  'camp-minier',
  'autre',
] as const;
export type SiteTypeName = (typeof SITE_TYPES)[number];

/** Forms of exploitation a case may show; several per case. */
export const EXPLOITATION_FORMS = [
  'travail-force',
  'pires-formes-enfants',
  'exploitation-sexuelle',
  'mariage-force',
  'servitude-dettes',
  'groupe-arme',
  'autre',
] as const;
export type ExploitationFormName = (typeof EXPLOITATION_FORMS)[number];

/**
 * Nationality as a code (ISO 3166-1 alpha-2) from a short list of the region, beside the free-text
 * nationality typed before: the statistics and the export count only the code, never the text.
 */
export const NATIONALITY_CODES = [
  'CD',
  'RW',
  'BI',
  'UG',
  'TZ',
  'SS',
  'CF',
  'CG',
  'ZM',
  'AO',
  'autre',
] as const;
export type NationalityCode = (typeof NATIONALITY_CODES)[number];

/** What became of a referral, as the office learnt it (its status says where the exchange stands). */
export const REFERRAL_OUTCOMES = [
  'prise-en-charge',
  'en-attente',
  'refus-service',
  'refus-personne',
  'injoignable',
  'autre',
] as const;
export type ReferralOutcomeName = (typeof REFERRAL_OUTCOMES)[number];
