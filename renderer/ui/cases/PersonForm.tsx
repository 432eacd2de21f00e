import { useRef, useState, type FormEvent } from 'react';
import type { CaseBundle, Item } from '../../core/cases/caseBundle';
import {
  AGE_GROUPS,
  KINDS,
  PERSON_ROLES,
  SEXES,
  VULNERABILITIES,
  type Person,
  type PersonRole,
} from '../../core/cases/caseSchemas';
import type { FieldError } from '../../core/cases/fieldError';
import { looksLikeFullName, nextPersonCode } from '../../core/cases/personName';
import { validatePerson, type PersonDraft } from '../../core/cases/validatePerson';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import type { OpenCase } from './useCase';

/** The age group follows a typed age, so lists and the fiche say the same thing. */
function ageGroupOf(age: string): string | undefined {
  if (!/^\d{1,3}$/.test(age.trim())) return undefined;
  const n = Number(age);
  return n <= 11
    ? '0-11'
    : n <= 14
      ? '12-14'
      : n <= 17
        ? '15-17'
        : n <= 24
          ? '18-24'
          : n <= 59
            ? '25-59'
            : '60+';
}

function draftOf(item: Item<Person> | undefined, codes: string[]): PersonDraft {
  if (!item)
    return {
      role: 'victime',
      code: nextPersonCode('victime', codes),
      initials: '',
      age: '',
      ageGroup: 'unknown',
      sex: 'unknown',
      nationality: '',
      languages: '',
      vulnerabilities: [],
      contactConsent: false,
      contact: '',
    };
  const p = item.value;
  return { ...p, age: p.age === null ? '' : String(p.age), vulnerabilities: [...p.vulnerabilities] };
}

export function PersonForm({
  open,
  bundle,
  item,
  onDone,
}: {
  open: OpenCase;
  bundle: CaseBundle;
  item: Item<Person> | undefined;
  onDone: () => void;
}) {
  const { t } = useT();
  const codes = bundle.persons.filter((p) => p.id !== item?.id).map((p) => p.value.code);
  const [draft, setDraft] = useState<PersonDraft>(() => draftOf(item, codes));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<PersonDraft>) => setDraft({ ...draft, ...patch });
  const err = (field: string) => fieldErrorText(t, errorOf(errors, field));

  const setRole = (role: PersonRole) => {
    // A code still following the automatic pattern follows the role; a hand-written one stays.
    const auto = /^[VTSA]-\d{2}$/.test(draft.code);
    set({ role, ...(auto && !item ? { code: nextPersonCode(role, codes) } : {}) });
  };
  const toggle = (v: string) =>
    set({
      vulnerabilities: draft.vulnerabilities.includes(v)
        ? draft.vulnerabilities.filter((x) => x !== v)
        : [...draft.vulnerabilities, v],
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validatePerson(draft);
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setErrors([]);
    const ok = await open.save({
      action: 'person',
      put: [{ ...(item ? { id: item.id } : {}), kind: KINDS.person, payload: result.value }],
    });
    if (ok) onDone();
    else setFailed(true);
  };

  return (
    <form className="case-form" onSubmit={(e) => void submit(e)} noValidate>
      <h4>{t('cases.persons.formTitle')}</h4>
      <FormErrors errors={errors} failed={failed} focusRef={summaryRef} />
      <div className="case-grid">
        <Field id="person-role" label={t('cases.person.role')} required>
          {(p) => (
            <select {...p} value={draft.role} onChange={(e) => setRole(e.target.value as PersonRole)}>
              {PERSON_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`cases.role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="person-code"
          label={t('cases.person.code')}
          hint={t('cases.person.codeHint')}
          error={err('code')}
          required
        >
          {(p) => (
            <input {...p} value={draft.code} onChange={(e) => set({ code: e.target.value })} size={8} />
          )}
        </Field>
      </div>
      <div className="case-initials">
        <Field
          id="person-initials"
          label={t('cases.person.initials')}
          hint={t('cases.person.initialsHint')}
          error={err('initials')}
          warning={looksLikeFullName(draft.initials) ? t('cases.person.fullNameWarning') : undefined}
        >
          {(p) => (
            <input
              {...p}
              value={draft.initials}
              onChange={(e) => set({ initials: e.target.value })}
              size={10}
              maxLength={12}
              autoComplete="off"
            />
          )}
        </Field>
      </div>
      <div className="case-grid">
        <Field id="person-age" label={t('cases.person.age')} error={err('age')}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={draft.age}
              onChange={(e) =>
                set({ age: e.target.value, ageGroup: ageGroupOf(e.target.value) ?? draft.ageGroup })
              }
              size={4}
            />
          )}
        </Field>
        <Field id="person-age-group" label={t('cases.person.ageGroup')}>
          {(p) => (
            <select {...p} value={draft.ageGroup} onChange={(e) => set({ ageGroup: e.target.value })}>
              {AGE_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`cases.ageGroup.${g}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="person-sex" label={t('cases.person.sex')}>
          {(p) => (
            <select {...p} value={draft.sex} onChange={(e) => set({ sex: e.target.value })}>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {t(`cases.sex.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="case-grid">
        <Field id="person-nationality" label={t('cases.person.nationality')} error={err('nationality')}>
          {(p) => (
            <input {...p} value={draft.nationality} onChange={(e) => set({ nationality: e.target.value })} />
          )}
        </Field>
        <Field id="person-languages" label={t('cases.person.languages')} error={err('languages')}>
          {(p) => (
            <input {...p} value={draft.languages} onChange={(e) => set({ languages: e.target.value })} />
          )}
        </Field>
      </div>
      <fieldset className="case-fieldset">
        <legend>{t('cases.person.vulnerabilities')}</legend>
        <div className="case-checks">
          {VULNERABILITIES.map((v) => (
            <label key={v} className="case-check">
              <input type="checkbox" checked={draft.vulnerabilities.includes(v)} onChange={() => toggle(v)} />
              {t(`cases.vuln.${v}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="case-check">
        <input
          type="checkbox"
          checked={draft.contactConsent}
          onChange={(e) => set({ contactConsent: e.target.checked })}
        />
        {t('cases.person.consent')}
      </label>
      {(draft.contactConsent || draft.contact !== '') && (
        <Field
          id="person-contact"
          label={t('cases.person.contact')}
          hint={t('cases.person.contactHint')}
          error={err('contact')}
        >
          {(p) => (
            <input
              {...p}
              value={draft.contact}
              onChange={(e) => set({ contact: e.target.value })}
              autoComplete="off"
            />
          )}
        </Field>
      )}
      <div className="case-actions">
        <button type="submit">{t('cases.person.save')}</button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('cases.form.cancel')}
        </button>
      </div>
    </form>
  );
}
