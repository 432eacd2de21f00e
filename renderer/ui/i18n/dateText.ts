import { isRealDate } from '../../core/cases';

// Dates are typed and shown day first (dd/mm/yyyy) in every interface language, whatever the computer's locale:
// Chromium's <input type="date"> follows the operating system's locale (mm/dd/yyyy on an English Windows) and
// silently empties an impossible date, so Dalili uses a text field of its own.

export type DateParse = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

/** "29/11/2026", "29-11-2026", "29.11.2026", "29 11 2026", "3/1/2026" or a pasted "2026-11-29". */
export function parseDateText(text: string): DateParse {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const dmy = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/.exec(trimmed);
  const [day, month, year] = iso ? [iso[3]!, iso[2]!, iso[1]!] : dmy ? [dmy[1]!, dmy[2]!, dmy[3]!] : [];
  if (day === undefined || month === undefined || year === undefined) return { kind: 'invalid' };
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(value) ? { kind: 'date', iso: value } : { kind: 'invalid' };
}

/** "2026-11-29" → "29/11/2026"; anything else is shown as it is. */
export function formatDateText(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}
