import type { Dimension, Unit } from './dimensions';

// Field names of the Human Trafficking Case Data Standard (HTCDS) 2.0, published by IOM (UN Migration)
// for the Counter Trafficking Data Collaborative: repository UNMigration/HTCDS, file
// « HTCDS Field Standards 2.0.ods » (sheet Field_Standards, column « Field Name including Prefix »),
// read on 5 December 2026 (README.md, _HTCDS_). A breakdown with no HTCDS field keeps a Dalili name
// (prefix `dalili_`); a value with no exact HTCDS picklist value has `htcdsValue` empty: never a guess.

export const HTCDS_FIELD: Readonly<Record<Dimension | 'total', string>> = {
  // The place of a case, read as the state (province) of the exploitation event (hte_ = Historic
  // Trafficking Event; hte_Type would be « Exploitation »). HTCDS has no level between state and city.
  province: 'hte_State',
  territory: 'dalili_Territoire',
  siteType: 'dalili_SiteType',
  exploitation: 'vic_TypeOfExploitation',
  status: 'cas_Status',
  indicator: 'dalili_IndicatorPresent',
  // HTCDS keeps an exact age (vic_AgeWhenTrafficked) and a birth date (prs_Birthdate), never a group.
  ageGroup: 'dalili_AgeGroup',
  sex: 'prs_Gender',
  nationality: 'prs_Citizenship',
  // The kind of organisation a case was referred to (org_Type of cas_ReferredOrganisation).
  serviceType: 'org_Type',
  outcome: 'dalili_ReferralOutcome',
  total: 'dalili_Total',
};

/** Exact picklist values only (HTCDS 2.0 « Value Names »); anything else maps to ''. */
const HTCDS_VALUES: Partial<Record<Dimension, Readonly<Record<string, string>>>> = {
  exploitation: {
    'travail-force': 'ForcedLabour',
    'pires-formes-enfants': 'ChildLabour',
    'exploitation-sexuelle': 'SexualExploitation',
    'mariage-force': 'ForcedMarriage',
    // Debt bondage is a method of control in HTCDS (vic_MethodsOfControl), not a type of exploitation.
    'groupe-arme': 'ForcedMilitaryByNonStateActors',
    autre: 'Other',
  },
  // « orienté » (referred, still open) has no exact value: HTCDS's ClosedReferred is a closed case.
  status: { ouvert: 'Active', 'en-suivi': 'FollowUp', clos: 'Closed' },
  sex: { f: 'Feminine', m: 'Masculine', '': 'NonSpecifiedUnknown' },
  // ISO 3166-1 alpha-2, as HTCDS asks for prs_Citizenship; « autre » names no country.
  nationality: {
    CD: 'CD',
    RW: 'RW',
    BI: 'BI',
    UG: 'UG',
    TZ: 'TZ',
    SS: 'SS',
    CF: 'CF',
    CG: 'CG',
    ZM: 'ZM',
    AO: 'AO',
  },
  serviceType: { police: 'LawEnforcement', ngo: 'NGO', health: 'HealthServiceOrganisation' },
};

export function htcdsValue(dimension: Dimension | 'total', value: string): string {
  if (dimension === 'total') return '';
  return HTCDS_VALUES[dimension]?.[value] ?? '';
}

/** What each unit is called in an export. */
export const UNIT_NAMES: Readonly<Record<Unit, string>> = {
  cases: 'cases',
  victims: 'victims',
  referrals: 'referrals',
};
