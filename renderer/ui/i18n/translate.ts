import { IntlMessageFormat } from 'intl-messageformat';
import { catalog, type MessageKey, type Namespace } from './catalog';
import type { Language } from './languages';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Messages with a count are ICU messages (`{count, plural, one {# dossier} other {# dossiers}}`). */
export function isIcuMessage(template: string): boolean {
  return /\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/.test(template);
}

const formatters = new Map<string, IntlMessageFormat>();

function icuFormatter(language: Language, key: string, template: string): IntlMessageFormat {
  const cacheKey = `${language}\u0000${key}\u0000${template}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    // The interface language picks the plural rules (French counts 0 as singular), never the computer's locale.
    formatter = new IntlMessageFormat(template, language);
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/**
 * Looks a key up in the language's catalogue, falling back to French, and fills `{name}` placeholders.
 * Plain messages keep a plain substitution (an unknown placeholder stays visible); ICU messages go through
 * intl-messageformat, with a missing value shown as its name rather than throwing.
 */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const dot = key.indexOf('.');
  const namespace = catalog[key.slice(0, dot) as Namespace] as Record<Language, Record<string, string>>;
  const entry = key.slice(dot + 1);
  const template = namespace[language][entry] ?? namespace.fr[entry] ?? key;
  if (isIcuMessage(template)) {
    try {
      return String(icuFormatter(language, key, template).format(params));
    } catch {
      return template;
    }
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
