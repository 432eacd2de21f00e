import { isLanguage, LANGUAGE_FACTS } from '../../core/vocabulary';
import type { FieldError } from '../../core/cases';
import type { I18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/catalog';

/** The translated message of a validation error; codes only, the typed value is never repeated. */
export function fieldErrorText(t: I18n['t'], error: FieldError | undefined): string | undefined {
  return error ? t(`cases.error.${error.code}` as MessageKey) : undefined;
}

export function errorOf(errors: readonly FieldError[], field: string): FieldError | undefined {
  return errors.find((e) => e.field === field);
}

/** Date and time of a journal entry or a note, in the interface language. */
export function formatDateTime(language: string, ms: number): string {
  const locale = isLanguage(language) ? LANGUAGE_FACTS[language].locale : LANGUAGE_FACTS.fr.locale;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(ms));
}
