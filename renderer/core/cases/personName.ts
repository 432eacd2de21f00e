import type { PersonRoleName } from '../vocabulary';

// Initials are expected ("A. B.", "AB", "A.M.K."). A full name typed there would put a real name in
// the notebook by habit; the form warns (it does not refuse: the investigator decides).

const INITIALS = /^(\p{Lu}\.?[\s-]?){1,5}$/u;

export function looksLikeFullName(value: string): boolean {
  const text = value.trim();
  if (text === '' || INITIALS.test(text)) return false;
  // Any run of three letters or more, or a lowercase letter after a letter, reads as a name.
  return /\p{L}{3,}/u.test(text) || /\p{L}\p{Ll}/u.test(text);
}

/** "V-01", "T-02": a code per role, numbered in the case; the person is referred to by it. */
const CODE_LETTER: Record<PersonRoleName, string> = { victime: 'V', temoin: 'T', suspect: 'S', autre: 'A' };

export function nextPersonCode(role: PersonRoleName, existing: readonly string[]): string {
  const letter = CODE_LETTER[role];
  let n = 1;
  const taken = new Set(existing);
  while (taken.has(`${letter}-${String(n).padStart(2, '0')}`)) n++;
  return `${letter}-${String(n).padStart(2, '0')}`;
}
