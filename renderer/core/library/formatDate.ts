import type { Lang } from '../content';

// Month names of the languages that have them here. A language without them gets the day-first numeric date
// ("10/01/2009"), read the same in every language: never another language's month names.
const MONTHS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  sw: [
    'Januari',
    'Februari',
    'Machi',
    'Aprili',
    'Mei',
    'Juni',
    'Julai',
    'Agosti',
    'Septemba',
    'Oktoba',
    'Novemba',
    'Desemba',
  ],
};

/**
 * "2009-01-10" → "10 janvier 2009" (French legal style writes "1er" for the first day). Written by
 * hand rather than with Intl so the output is identical in Node, Chromium and every ICU build.
 * Anything that is not an ISO date is returned as is.
 */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const months = MONTHS[lang];
  if (!months) return `${day}/${month}/${year}`;
  const monthName = months[Number(month) - 1];
  if (!monthName) return iso;
  const d = Number(day);
  const dayText = lang === 'fr' && d === 1 ? '1er' : String(d);
  return `${dayText} ${monthName} ${year}`;
}
