import { isRealDate as isRealDateLocal } from './caseDates';

// Validation results the UI translates: a field name and a stable code, never the typed value
// (an error may be logged, and values are case data).

export type FieldErrorCode =
  | 'required'
  | 'too-long'
  | 'date-invalid'
  | 'date-future'
  | 'date-before-opening'
  | 'prefix-invalid'
  | 'coordinates-invalid'
  | 'age-invalid'
  | 'contact-without-consent'
  | 'phone-invalid-characters'
  | 'phone-wrong-length'
  | 'phone-invalid'
  | 'phone-unknown-country'
  | 'email-invalid'
  | 'consent-mode-required'
  | 'nothing-shared'
  | 'file-too-large'
  | 'file-empty'
  | 'file-type-unknown'
  | 'file-type-mismatch'
  | 'file-incomplete'
  | 'name-invalid'
  | 'name-extension'
  | 'number-mismatch';

export interface FieldError {
  field: string;
  code: FieldErrorCode;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function checkDate(
  errors: FieldError[],
  field: string,
  value: string,
  options: { required?: boolean; today?: string; notBefore?: string } = {},
): void {
  if (value === '') {
    if (options.required) errors.push({ field, code: 'required' });
    return;
  }
  if (!isRealDateLocal(value)) errors.push({ field, code: 'date-invalid' });
  else if (options.today !== undefined && value > options.today) errors.push({ field, code: 'date-future' });
  else if (options.notBefore !== undefined && value < options.notBefore)
    errors.push({ field, code: 'date-before-opening' });
}

export function checkText(
  errors: FieldError[],
  field: string,
  value: string,
  max: number,
  required = false,
): void {
  if (required && value.trim() === '') errors.push({ field, code: 'required' });
  else if (value.length > max) errors.push({ field, code: 'too-long' });
}
