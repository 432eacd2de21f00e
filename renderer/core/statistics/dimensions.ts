import {
  ACTOR_ROLES,
  CASE_STATUSES,
  EXPLOITATION_FORMS,
  NATIONALITY_CODES,
  REFERRAL_OUTCOMES,
  SITE_TYPES,
} from '../vocabulary';
import { AGE_GROUPS, SEXES } from '../cases';

/** What a table counts: cases, their victims, or their referrals. */
export const UNITS = ['cases', 'victims', 'referrals'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Every breakdown the statistics give, with its unit, whether one item can have several values
 * (several forms of exploitation, several indicators), and its closed list when it has one (places and
 * indicators have none: they come from the notebook and the library).
 */
export const DIMENSIONS = {
  province: { unit: 'cases', multi: false, values: null },
  territory: { unit: 'cases', multi: false, values: null },
  siteType: { unit: 'cases', multi: false, values: SITE_TYPES },
  exploitation: { unit: 'cases', multi: true, values: EXPLOITATION_FORMS },
  status: { unit: 'cases', multi: false, values: CASE_STATUSES },
  indicator: { unit: 'victims', multi: true, values: null },
  ageGroup: { unit: 'victims', multi: false, values: AGE_GROUPS.filter((g) => g !== 'unknown') },
  sex: { unit: 'victims', multi: false, values: SEXES.filter((s) => s !== 'unknown') },
  nationality: { unit: 'victims', multi: false, values: NATIONALITY_CODES },
  serviceType: { unit: 'referrals', multi: false, values: ACTOR_ROLES },
  outcome: { unit: 'referrals', multi: false, values: REFERRAL_OUTCOMES },
} as const satisfies Record<string, { unit: Unit; multi: boolean; values: readonly string[] | null }>;

export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_LIST = Object.keys(DIMENSIONS) as Dimension[];

/** The value a row stands for when the field was left empty: « non renseigné », counted, never guessed. */
export const NOT_FILLED = '';
