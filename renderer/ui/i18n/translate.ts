import { catalog, type MessageKey, type Namespace } from './catalog';
import type { Language } from './languages';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks a key up in the language's catalogue, falling back to French, and fills `{name}` placeholders. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const dot = key.indexOf('.');
  const namespace = catalog[key.slice(0, dot) as Namespace] as Record<Language, Record<string, string>>;
  const entry = key.slice(dot + 1);
  const template = namespace[language][entry] ?? namespace.fr[entry] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
