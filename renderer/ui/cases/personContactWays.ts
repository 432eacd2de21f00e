import type { Person } from '../../core/cases';
import { formatPhone } from '../../core/directory';

/** A person's ways to be reached, as shown: numbers grouped (+243 812 345 678), then e-mail and note. Only with consent. */
export function personContactWays(p: Person): string[] {
  if (!p.contactConsent) return [];
  return [p.phone, p.phone2]
    .filter((n) => n !== '')
    .map(formatPhone)
    .concat([p.email, p.contactNote].filter((s) => s !== ''));
}
