import { LANGUAGE_FACTS } from '../../core/vocabulary';
import type { Language } from './languages';

/** "2026-11-29" → "29 novembre 2026": dates as people read them, never as ISO strings. */
export function formatDate(language: Language, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  // Noon UTC keeps the calendar day the same in every time zone.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  const { locale } = LANGUAGE_FACTS[language];
  // A locale the runtime's ICU does not hold would be formatted in another language's words: the day-first
  // numeric date is then the honest answer, the same in every language (as dateText.ts writes it).
  if (Intl.DateTimeFormat.supportedLocalesOf(locale).length === 0)
    return `${match[3]}/${match[2]}/${match[1]}`;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
