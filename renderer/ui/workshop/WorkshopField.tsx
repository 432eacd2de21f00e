import type { ReactNode } from 'react';

export interface WorkshopControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** A labelled workshop field with its hint and its error, tied to the control for screen readers. */
export function WorkshopField(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (control: WorkshopControlProps) => ReactNode;
}) {
  const { id, label, hint, error } = props;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`workshop-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {props.children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {hint && (
        <p className="help" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
