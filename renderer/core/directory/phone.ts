// DRC numbers as investigators write them: "+243 81 234 5678", "+243812345678". Stored in E.164
// ("+243812345678") so duplicates are found whatever the spacing.

export type PhoneError = 'empty' | 'missing-prefix' | 'invalid-characters' | 'leading-zero' | 'wrong-length';

export type PhoneResult = { ok: true; e164: string } | { ok: false; error: PhoneError };

const COUNTRY_PREFIX = '+243';
const NATIONAL_DIGITS = 9;

export function normalisePhone(input: string): PhoneResult {
  // Ordinary and non-breaking spaces are allowed anywhere; nothing else is silently dropped.
  const compact = input.replace(/[\s\u00a0\u202f]+/g, '');
  if (compact === '') return { ok: false, error: 'empty' };
  if (!compact.startsWith(COUNTRY_PREFIX)) return { ok: false, error: 'missing-prefix' };
  const national = compact.slice(COUNTRY_PREFIX.length);
  if (!/^\d*$/.test(national)) return { ok: false, error: 'invalid-characters' };
  // "+243 0812…" mixes the international and national forms: say so rather than "wrong length".
  if (national.startsWith('0')) return { ok: false, error: 'leading-zero' };
  if (national.length !== NATIONAL_DIGITS) return { ok: false, error: 'wrong-length' };
  return { ok: true, e164: `${COUNTRY_PREFIX}${national}` };
}

/** "+243812345678" → "+243 812 345 678", for reading aloud and dialling by hand. */
export function formatPhone(e164: string): string {
  const national = e164.slice(COUNTRY_PREFIX.length);
  return `${COUNTRY_PREFIX} ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
}
