import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

/**
 * A labelled form field with its hint and its error, tied to the control by aria-describedby so a
 * screen reader reads them with it.
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  warning?: string | undefined;
  required?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const { t } = useT();
  const { id, label, hint, error, warning, required } = props;
  const described = [hint && `${id}-hint`, error && `${id}-error`, warning && `${id}-warning`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`case-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="case-required"> {t('cases.form.required')}</span>}
      </label>
      {props.children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(required ? { 'aria-required': true as const } : {}),
      })}
      {hint && (
        <p className="case-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {warning && (
        <p className="warning" id={`${id}-warning`} role="status">
          {warning}
        </p>
      )}
    </div>
  );
}
