import { parsePhoneNumberWithError, ParseError, type CountryCode } from 'libphonenumber-js';

// Phone numbers as people in the Kivus type them: the local form ("0812345678", "081 234 5678"), the
// international one ("+243 81 234 5678", "00243…"), and numbers of the neighbours (Rwanda +250, Burundi +257,
// Uganda +256, Tanzania +255) or anywhere else, written with their country code. Parsing and grouping come
// from libphonenumber-js (Google's metadata); a number without a country code is read as Congolese.
// Stored in E.164 ("+243812345678") so duplicates are found whatever the spacing.
//
// Validity uses the library's "min" metadata: the number's length and leading digits for its country, not
// the exact ranges allocated today, which would go stale in an offline copy kept for years.

export type PhoneError = 'empty' | 'invalid-characters' | 'wrong-length' | 'invalid' | 'unknown-country';

export type PhoneResult = { ok: true; e164: string } | { ok: false; error: PhoneError };

export const HOME_COUNTRY: CountryCode = 'CD';

export function normalisePhone(input: string): PhoneResult {
  const compact = input.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (compact === '') return { ok: false, error: 'empty' };
  // Digits, one leading "+", and the separators people write (spaces, dashes, dots, brackets, slashes).
  if (!/^\+?[\d\s\-./()]+$/.test(compact)) return { ok: false, error: 'invalid-characters' };
  try {
    const number = parsePhoneNumberWithError(compact, HOME_COUNTRY);
    if (!number.isPossible()) return { ok: false, error: 'wrong-length' };
    if (!number.isValid()) return { ok: false, error: 'invalid' };
    return { ok: true, e164: number.number };
  } catch (error) {
    if (error instanceof ParseError && error.message === 'INVALID_COUNTRY')
      return { ok: false, error: 'unknown-country' };
    return { ok: false, error: 'wrong-length' };
  }
}

/** "+243812345678" → "+243 812 345 678"; "+250788123456" → "+250 788 123 456": grouped for reading aloud and dialling by hand. */
export function formatPhone(e164: string): string {
  try {
    return parsePhoneNumberWithError(e164).formatInternational();
  } catch {
    return e164;
  }
}
