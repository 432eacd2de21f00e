import { IntlMessageFormat } from 'intl-messageformat';
import { catalog, type MessageKey, type Namespace } from './catalog';
import { formatMessage, type MessageParams } from './formatMessage';
import type { Language } from './languages';

export { isIcuMessage, type MessageParams } from './formatMessage';

/**
 * Looks a key up in the whole catalogue, every namespace and language loaded at once, falling back to
 * French. For tests and build scripts: the app itself translates with catalogStore.ts, which holds only
 * the namespaces the pages shown so far need (importing this module would bundle every catalogue).
 */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const dot = key.indexOf('.');
  const namespace = catalog[key.slice(0, dot) as Namespace] as Record<Language, Record<string, string>>;
  const entry = key.slice(dot + 1);
  const template = namespace[language][entry] ?? namespace.fr[entry] ?? key;
  return formatMessage(IntlMessageFormat, language, key, template, params);
}
