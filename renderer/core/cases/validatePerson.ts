import { EMAIL, normalisePhone } from '../directory';
import { AGE_GROUPS, LIMITS, PERSON_ROLES, SEXES, VULNERABILITIES, type Person } from './caseSchemas';
import { checkText, type FieldError, type Validation } from './fieldError';
import { RECORD_VERSIONS } from './recordVersions';
import { NATIONALITY_CODES } from '../vocabulary';

export interface PersonDraft {
  role: string;
  code: string;
  initials: string;
  age: string;
  ageGroup: string;
  sex: string;
  nationality: string;
  languages: string;
  vulnerabilities: string[];
  contactConsent: boolean;
  /** As typed: local (0812345678) or international; stored in E.164. */
  phone: string;
  phone2: string;
  email: string;
  /** Another safe way to reach the person, or a version 1 free-text contact kept as it was. */
  contactNote: string;
  /** Issue 21: '' or a code of NATIONALITY_CODES (optional for older callers). */
  nationalityCode?: string;
}

const CONTACT_FIELDS = ['phone', 'phone2', 'email', 'contactNote'] as const;

/** E.164, '' when empty; an error code the UI translates otherwise. */
function checkPhone(errors: FieldError[], field: string, typed: string): string {
  if (typed.trim() === '') return '';
  const result = normalisePhone(typed);
  if (result.ok) return result.e164;
  errors.push({ field, code: result.error === 'empty' ? 'phone-invalid' : `phone-${result.error}` });
  return '';
}

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Contact details are refused without consent; an age must be a whole number of years. */
export function validatePerson(draft: PersonDraft): Validation<Person> {
  const errors: FieldError[] = [];
  if (!oneOf(PERSON_ROLES, draft.role)) errors.push({ field: 'role', code: 'required' });
  checkText(errors, 'code', draft.code, LIMITS.short, true);
  checkText(errors, 'initials', draft.initials, 12);
  const ageText = draft.age.trim();
  const age = ageText === '' ? null : Number(ageText);
  if (age !== null && (!/^\d{1,3}$/.test(ageText) || age > 120))
    errors.push({ field: 'age', code: 'age-invalid' });
  checkText(errors, 'nationality', draft.nationality, LIMITS.short);
  checkText(errors, 'languages', draft.languages, LIMITS.short);
  const phone = checkPhone(errors, 'phone', draft.phone);
  const phone2 = checkPhone(errors, 'phone2', draft.phone2);
  const email = draft.email.trim();
  if (email.length > 254) errors.push({ field: 'email', code: 'too-long' });
  else if (email !== '' && !EMAIL.test(email)) errors.push({ field: 'email', code: 'email-invalid' });
  checkText(errors, 'contactNote', draft.contactNote, LIMITS.short);
  if (!draft.contactConsent)
    for (const field of CONTACT_FIELDS)
      if (draft[field].trim() !== '') errors.push({ field, code: 'contact-without-consent' });
  if (errors.length > 0 || !oneOf(PERSON_ROLES, draft.role)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      v: RECORD_VERSIONS['case-person'],
      role: draft.role,
      code: draft.code.trim(),
      initials: draft.initials.trim(),
      age,
      ageGroup: oneOf(AGE_GROUPS, draft.ageGroup) ? draft.ageGroup : 'unknown',
      sex: oneOf(SEXES, draft.sex) ? draft.sex : 'unknown',
      nationality: draft.nationality.trim(),
      languages: draft.languages.trim(),
      vulnerabilities: draft.vulnerabilities.filter((v): v is Person['vulnerabilities'][number] =>
        oneOf(VULNERABILITIES, v),
      ),
      contactConsent: draft.contactConsent,
      phone,
      phone2,
      email,
      contactNote: draft.contactNote.trim(),
      ...(oneOf(NATIONALITY_CODES, draft.nationalityCode ?? '')
        ? { nationalityCode: draft.nationalityCode as Person['nationalityCode'] }
        : {}),
    },
  };
}
