import { useState, type FormEvent } from 'react';
import { formatPhone } from '../../core/directory';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import {
  officeSettings,
  OFFICE_SERVICE_MAX,
  validateOffice,
  type OfficeFieldError,
  type OfficeSettings,
} from './officeSettings';
import './settings.css';

type Field = keyof OfficeSettings;

function errorKey(error: OfficeFieldError): MessageKey {
  if (error.field === 'phone') return `directory.error.phone.${error.code}`;
  return error.field === 'service'
    ? 'office.error.serviceTooLong'
    : error.code === 'too-long'
      ? 'office.error.emailTooLong'
      : 'office.error.email';
}

/** Paramètres: the referring service and its call-back details, printed on every fiche de référence. */
export function OfficeSettingsPanel() {
  const { t } = useT();
  const [fields, setFields] = useState<OfficeSettings>(() => {
    const saved = officeSettings.get();
    return { ...saved, phone: saved.phone === '' ? '' : formatPhone(saved.phone) };
  });
  const [errors, setErrors] = useState<OfficeFieldError[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateOffice(fields);
    setSaved(false);
    if (!checked.ok) {
      setErrors(checked.errors);
      document.getElementById(`office-${checked.errors[0]!.field}`)?.focus();
      return;
    }
    setErrors([]);
    officeSettings.save(checked.value);
    setSaved(true);
  };

  const field = (
    name: Field,
    label: MessageKey,
    options: { type?: string; hint?: MessageKey; max: number },
  ) => {
    const error = errors.find((e) => e.field === name);
    const hintId = options.hint ? `office-${name}-hint` : undefined;
    const errorId = error ? `office-${name}-error` : undefined;
    return (
      <div className="vault-field">
        <label htmlFor={`office-${name}`}>{t(label)}</label>
        <input
          id={`office-${name}`}
          type={options.type ?? 'text'}
          value={fields[name]}
          maxLength={options.max}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          onChange={(e) => {
            setSaved(false);
            setFields({ ...fields, [name]: e.target.value });
          }}
        />
        {options.hint && (
          <p id={hintId} className="help">
            {t(options.hint)}
          </p>
        )}
        {error && (
          <p id={errorId} className="error-message">
            {t(errorKey(error))}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="panel office-panel" aria-labelledby="office-title">
      <h2 id="office-title">{t('office.title')}</h2>
      <p className="help">{t('office.intro')}</p>
      <form autoComplete="off" onSubmit={submit} noValidate>
        {field('service', 'office.field.service', {
          hint: 'office.field.serviceHint',
          max: OFFICE_SERVICE_MAX + 40,
        })}
        {field('phone', 'office.field.phone', { type: 'tel', hint: 'directory.form.phoneHint', max: 40 })}
        {field('email', 'office.field.email', { type: 'email', max: 160 })}
        <div className="vault-actions">
          <button type="submit">{t('office.save')}</button>
        </div>
        <div role="status">{saved && <p className="success-message">{t('office.saved')}</p>}</div>
      </form>
    </section>
  );
}
