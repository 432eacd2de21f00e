import type { FormEvent } from 'react';
import {
  type CaseBundle,
  type Item,
  KINDS,
  looksLikeFullName,
  nextPersonCode,
  type Person,
  PERSON_ROLES,
  type PersonDraft,
  type PersonRole,
  validatePerson,
  VULNERABILITIES,
} from '../../core/cases';
import { useT } from '../i18n/useT';
import { CheckList } from './CheckList';
import { Field } from './Field';
import { PersonDetailsFields } from './PersonDetailsFields';
import { FormErrors } from './FormErrors';
import type { OpenCase } from './useCase';
import { useCaseForm } from './useCaseForm';
import { formatPhone } from '../../core/directory';
import { PersonContactFields } from './PersonContactFields';

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
      phone: '',
      phone2: '',
      email: '',
      contactNote: '',
    };
  const p = item.value;
  // Stored numbers are E.164; shown grouped in the field, and read back by the same parser.
  return {
    ...p,
    age: p.age === null ? '' : String(p.age),
    vulnerabilities: [...p.vulnerabilities],
    phone: p.phone === '' ? '' : formatPhone(p.phone),
    phone2: p.phone2 === '' ? '' : formatPhone(p.phone2),
  };
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
  const { draft, set, err, errors, failed, setFailed, summaryRef, accept } = useCaseForm<PersonDraft>(() =>
    draftOf(item, codes),
  );

  const setRole = (role: PersonRole) => {
    // A code still following the automatic pattern follows the role; a hand-written one stays.
    const auto = /^[VTSA]-\d{2}$/.test(draft.code);
    set({ role, ...(auto && !item ? { code: nextPersonCode(role, codes) } : {}) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = accept(validatePerson(draft));
    if (value === undefined) return;
    const ok = await open.save({
      action: 'person',
      put: [{ ...(item ? { id: item.id } : {}), kind: KINDS.person, payload: value }],
    });
    if (ok) onDone();
    else setFailed(true);
  };

  return (
    <form autoComplete="off" className="case-form" onSubmit={(e) => void submit(e)} noValidate>
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
            <input
              autoComplete="off"
              {...p}
              value={draft.code}
              onChange={(e) => set({ code: e.target.value })}
              size={8}
            />
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
      <PersonDetailsFields draft={draft} errorOf={err} onChange={set} />
      <CheckList
        id="person-vulnerabilities"
        legend={t('cases.person.vulnerabilities')}
        options={VULNERABILITIES.map((v) => ({ value: v, label: t(`cases.vuln.${v}`) }))}
        selected={draft.vulnerabilities}
        onChange={(vulnerabilities) => set({ vulnerabilities })}
      />
      <label className="case-check">
        <input
          type="checkbox"
          checked={draft.contactConsent}
          onChange={(e) => set({ contactConsent: e.target.checked })}
        />
        {t('cases.person.consent')}
      </label>
      {(draft.contactConsent ||
        [draft.phone, draft.phone2, draft.email, draft.contactNote].some((f) => f !== '')) && (
        <PersonContactFields draft={draft} errorOf={err} onChange={set} />
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
