import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  type Contact,
  type ContactField,
  type ContactFields,
  FIELD_LIMITS,
  type FieldError,
  formatPhone,
  validateContactFields,
} from '../../core/directory';
import { useT } from '../i18n/useT';
import { fieldErrorMessage } from './directoryMessages';
import { KIVU_TERRITORIES, PROVINCES } from './places';

interface Props {
  /** The contact being edited, or undefined for a new one. */
  contact?: Contact;
  onSave: (fields: ContactFields) => Promise<'saved' | 'duplicate' | 'failed'>;
  onCancel: () => void;
}

const EMPTY: ContactFields = {
  name: '',
  organisation: '',
  role: '',
  province: '',
  territory: '',
  phone: '',
  phone2: '',
  email: '',
  notes: '',
};

function editable(c: Contact): ContactFields {
  return {
    name: c.name,
    organisation: c.organisation,
    role: c.role,
    province: c.province,
    territory: c.territory,
    phone: formatPhone(c.phone),
    phone2: c.phone2 ? formatPhone(c.phone2) : '',
    email: c.email,
    notes: c.notes,
  };
}

const isPhone = (name: ContactField) => name === 'phone' || name === 'phone2';

export function ContactForm({ contact, onSave, onCancel }: Props) {
  const { t } = useT();
  const id = useId();
  // Only the editable fields: the local id and date must not reach validation (unknown fields are refused).
  const [values, setValues] = useState<ContactFields>(() => (contact ? editable(contact) : EMPTY));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [formError, setFormError] = useState<'duplicate' | 'failed' | undefined>();
  // The form opens on a button press: put the cursor in its first field.
  useEffect(() => document.getElementById(`${id}-name`)?.focus(), [id]);
  const errorOf = (field: ContactField) => errors.find((e) => e.field === field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateContactFields(values);
    if (!result.ok) {
      setErrors(result.errors);
      // Send focus to the first wrong field, so a keyboard or screen-reader user lands on the problem.
      const first = result.errors[0]?.field;
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors([]);
    void onSave(result.fields).then((outcome) => setFormError(outcome === 'saved' ? undefined : outcome));
  };

  const field = (
    name: ContactField,
    options: { required?: boolean; list?: string; multiline?: boolean; hint?: string } = {},
  ) => {
    const error = errorOf(name);
    const message = error ? fieldErrorMessage(error) : undefined;
    const inputId = `${id}-${name}`;
    const describedBy =
      [options.hint ? `${inputId}-hint` : '', message ? `${inputId}-error` : ''].filter(Boolean).join(' ') ||
      undefined;
    const common = {
      id: inputId,
      name,
      value: values[name],
      maxLength: isPhone(name) ? 40 : FIELD_LIMITS[name],
      'aria-invalid': message ? true : undefined,
      'aria-describedby': describedBy,
      onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
    };
    return (
      <div className={`form-field field-${name}`}>
        <label htmlFor={inputId}>
          {t(`directory.field.${name}`)}
          {options.required && <span className="required"> {t('directory.form.required')}</span>}
        </label>
        {options.multiline ? (
          <textarea autoComplete="off" rows={2} {...common} />
        ) : (
          <input
            autoComplete="off"
            type={isPhone(name) ? 'tel' : name === 'email' ? 'email' : 'text'}
            list={options.list}
            {...common}
          />
        )}
        {options.hint && (
          <span id={`${inputId}-hint`} className="hint">
            {options.hint}
          </span>
        )}
        {message && (
          <span id={`${inputId}-error`} className="field-error">
            {t(message.key, message.params)}
          </span>
        )}
      </div>
    );
  };

  return (
    <form
      autoComplete="off"
      className="panel contact-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t(contact ? 'directory.form.editTitle' : 'directory.form.addTitle')}</h3>
      <div className="form-grid">
        {field('name', { required: true })}
        {field('organisation', { required: true })}
        {field('role')}
        {field('phone', { required: true, hint: t('directory.form.phoneHint') })}
        {field('phone2')}
        {field('email')}
        {field('province', { list: `${id}-provinces` })}
        {field('territory', { list: `${id}-territories` })}
        {field('notes', { multiline: true, hint: t('directory.form.notesHint') })}
      </div>
      <datalist id={`${id}-provinces`}>
        {PROVINCES.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <datalist id={`${id}-territories`}>
        {(KIVU_TERRITORIES[values.province] ?? Object.values(KIVU_TERRITORIES).flat()).map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {formError && (
        <p role="alert" className="error-message">
          {t(formError === 'duplicate' ? 'directory.error.duplicate' : 'directory.error.saveFailed')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit">{t('directory.form.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('directory.form.cancel')}
        </button>
      </div>
    </form>
  );
}
