import { AGE_GROUPS, LIMITS, PERSON_ROLES, SEXES, VULNERABILITIES, type Person } from './caseSchemas';
import { checkText, type FieldError, type Validation } from './fieldError';

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
  contact: string;
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
  checkText(errors, 'contact', draft.contact, LIMITS.short);
  if (!draft.contactConsent && draft.contact.trim() !== '')
    errors.push({ field: 'contact', code: 'contact-without-consent' });
  if (errors.length > 0 || !oneOf(PERSON_ROLES, draft.role)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      v: 1,
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
      contact: draft.contactConsent ? draft.contact.trim() : '',
    },
  };
}
