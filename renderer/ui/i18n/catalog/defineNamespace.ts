import type { TranslationLanguage } from '../../../core/vocabulary';

/** One namespace in every language: French is the reference, each other language carries exactly its keys. */
export type NamespaceMessages<T extends Record<string, string>> = { fr: T } & {
  [L in TranslationLanguage]: Record<keyof T, string>;
};

/** French is the reference: the others must carry exactly its keys (the compiler checks the types, a test checks placeholders). */
export function defineNamespace<const T extends Record<string, string>>(
  messages: NamespaceMessages<T>,
): NamespaceMessages<T> {
  return messages;
}
