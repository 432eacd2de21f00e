import { useSyncExternalStore } from 'react';
import { normalisePhone, type PhoneError } from '../../core/directory';

// The office's own details for the fiche de référence: the service that refers, and how the receiving
// service can call back. Entered once in Paramètres and kept with the other settings (localStorage):
// they describe the office, never a case or a person, and apply to every notebook on this computer.

export interface OfficeSettings {
  service: string;
  /** E.164, or '' when not given. */
  phone: string;
  email: string;
}

export type OfficeFieldError =
  { field: 'service' | 'email'; code: 'too-long' | 'invalid' } | { field: 'phone'; code: PhoneError };

export const OFFICE_SERVICE_MAX = 160;
const EMAIL_MAX = 120;
const STORAGE_KEY = 'dalili.office.v1';
export const EMPTY_OFFICE: OfficeSettings = { service: '', phone: '', email: '' };

/** Checks what was typed; every field may stay empty (the sheet then says "à compléter par le bureau"). */
export function validateOffice(
  input: OfficeSettings,
): { ok: true; value: OfficeSettings } | { ok: false; errors: OfficeFieldError[] } {
  const errors: OfficeFieldError[] = [];
  const service = input.service.trim().replace(/\s+/g, ' ');
  if (service.length > OFFICE_SERVICE_MAX) errors.push({ field: 'service', code: 'too-long' });
  let phone = '';
  if (input.phone.trim() !== '' && input.phone.trim() !== '+243') {
    const checked = normalisePhone(input.phone);
    if (checked.ok) phone = checked.e164;
    else errors.push({ field: 'phone', code: checked.error });
  }
  const email = input.email.trim();
  if (email.length > EMAIL_MAX) errors.push({ field: 'email', code: 'too-long' });
  else if (email !== '' && !/^[^\s@<>"]+@[^\s@<>".]+(\.[^\s@<>".]+)+$/.test(email))
    errors.push({ field: 'email', code: 'invalid' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { service, phone, email } };
}

export function parseOffice(text: string | null): OfficeSettings {
  try {
    const raw = JSON.parse(text ?? 'null') as Partial<Record<keyof OfficeSettings, unknown>> | null;
    const asText = (value: unknown) => (typeof value === 'string' ? value : '');
    const candidate = { service: asText(raw?.service), phone: asText(raw?.phone), email: asText(raw?.email) };
    const checked = validateOffice(candidate);
    // A damaged or hand-edited entry is dropped rather than printed on a sheet.
    return checked.ok ? checked.value : EMPTY_OFFICE;
  } catch {
    return EMPTY_OFFICE;
  }
}

let cached: OfficeSettings | null = null;
const listeners = new Set<() => void>();
const current = (): OfficeSettings => (cached ??= parseOffice(window.localStorage.getItem(STORAGE_KEY)));

export const officeSettings = {
  get: current,
  save: (value: OfficeSettings): void => {
    cached = value;
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    listeners.forEach((l) => l());
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useOfficeSettings(): OfficeSettings {
  return useSyncExternalStore(officeSettings.subscribe, current);
}
