import { PREFIX_PATTERN } from './caseNumber';
import { CASE_STATUSES, LIMITS, type CaseStatus, type Place } from './caseSchemas';
import { checkDate, checkText, type FieldError, type Validation } from './fieldError';
import {
  EXPLOITATION_FORMS,
  isOneOf,
  SITE_TYPES,
  type ExploitationFormName,
  type SiteTypeName,
} from '../vocabulary';

/** What the case form holds: strings as typed (coordinates too), checked before anything is saved. */
export interface CaseDraft {
  prefix: string;
  openedOn: string;
  incidentOn: string;
  province: string;
  territory: string;
  site: string;
  lat: string;
  lon: string;
  summary: string;
  /** Issue 21: '' or a value of SITE_TYPES; the forms of exploitation ticked. Optional for older callers. */
  siteType?: string;
  exploitation?: string[];
}

export interface CaseFields {
  prefix: string;
  openedOn: string;
  incidentOn: string;
  place: Place;
  summary: string;
  siteType?: SiteTypeName;
  exploitation?: ExploitationFormName[];
}

/** The optional statistics fields of a draft: a value outside the lists is dropped, never guessed. */
function statisticsFields(draft: CaseDraft): Pick<CaseFields, 'siteType' | 'exploitation'> {
  const site = draft.siteType ?? '';
  const forms = EXPLOITATION_FORMS.filter((f) => draft.exploitation?.includes(f));
  return {
    ...(isOneOf(SITE_TYPES, site) ? { siteType: site } : {}),
    ...(forms.length > 0 ? { exploitation: forms } : {}),
  };
}

function coordinate(raw: string, limit: number): number | null | 'invalid' {
  const text = raw.trim().replace(',', '.');
  if (text === '') return null;
  if (!/^-?\d{1,3}(\.\d+)?$/.test(text)) return 'invalid';
  const value = Number(text);
  return Math.abs(value) <= limit ? value : 'invalid';
}

/** Required: prefix, opening date, province, summary. Dates must exist and not lie in the future. */
export function validateCase(draft: CaseDraft, today: string): Validation<CaseFields> {
  const errors: FieldError[] = [];
  if (draft.prefix.trim() === '') errors.push({ field: 'prefix', code: 'required' });
  else if (!PREFIX_PATTERN.test(draft.prefix)) errors.push({ field: 'prefix', code: 'prefix-invalid' });
  checkDate(errors, 'openedOn', draft.openedOn, { required: true, today });
  checkDate(errors, 'incidentOn', draft.incidentOn, { today });
  // An incident after the opening date is allowed: a case can be opened on a tip, before the facts.
  checkText(errors, 'province', draft.province, LIMITS.short, true);
  checkText(errors, 'territory', draft.territory, LIMITS.short);
  checkText(errors, 'site', draft.site, LIMITS.short);
  checkText(errors, 'summary', draft.summary, LIMITS.summary, true);
  const lat = coordinate(draft.lat, 90);
  const lon = coordinate(draft.lon, 180);
  if (lat === 'invalid' || lon === 'invalid' || (lat === null) !== (lon === null))
    errors.push({ field: 'coordinates', code: 'coordinates-invalid' });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      prefix: draft.prefix,
      openedOn: draft.openedOn,
      incidentOn: draft.incidentOn,
      place: {
        province: draft.province.trim(),
        territory: draft.territory.trim(),
        site: draft.site.trim(),
        lat: lat as number | null,
        lon: lon as number | null,
      },
      summary: draft.summary.trim(),
      ...statisticsFields(draft),
    },
  };
}

/** A status change must be dated, on a real day, not in the future and not before the case opened. */
export function validateStatusChange(
  status: string,
  on: string,
  openedOn: string,
  today: string,
): Validation<{ status: CaseStatus; on: string }> {
  const errors: FieldError[] = [];
  if (!(CASE_STATUSES as readonly string[]).includes(status))
    errors.push({ field: 'status', code: 'required' });
  checkDate(errors, 'statusOn', on, { required: true, today, notBefore: openedOn });
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { status: status as CaseStatus, on } };
}
