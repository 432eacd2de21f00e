import type { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from './languages';

export type MessageParams = Readonly<Record<string, string | number>>;
export type IcuFormat = typeof IntlMessageFormat;

/** Messages with a count are ICU messages (`{count, plural, one {# dossier} other {# dossiers}}`). */
export function isIcuMessage(template: string): boolean {
  return /\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/.test(template);
}

const formatters = new Map<string, IntlMessageFormat>();

/**
 * Fills a template. Plain messages keep a plain `{name}` substitution (an unknown placeholder stays
 * visible); ICU messages go through intl-messageformat, with a missing value shown as its name rather
 * than throwing. The formatter class is passed in because the app loads it only with the first catalogue
 * chunk that holds an ICU message (catalogStore.ts), while tests and build scripts import it directly.
 */
export function formatMessage(
  Icu: IcuFormat | undefined,
  language: Language,
  key: string,
  template: string,
  params: MessageParams = {},
): string {
  if (isIcuMessage(template)) {
    if (!Icu) return template;
    const cacheKey = `${language}\u0000${key}\u0000${template}`;
    let formatter = formatters.get(cacheKey);
    try {
      // The interface language picks the plural rules (French counts 0 as singular), never the computer's locale.
      if (!formatter) {
        formatter = new Icu(template, language);
        formatters.set(cacheKey, formatter);
      }
      return String(formatter.format(params));
    } catch {
      return template;
    }
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
