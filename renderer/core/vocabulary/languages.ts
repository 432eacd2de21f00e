// The languages of Dalili, interface and content alike. French is the reference: every text exists in
// French, the others where written. Adding a language here makes the compiler list every place that
// needs it (catalogues, content schemas, search fields, filters): README.md, "How to add a language".

export const LANGUAGES = ['fr', 'en', 'sw'] as const;
export type Language = (typeof LANGUAGES)[number];

export const REFERENCE_LANGUAGE = 'fr' satisfies Language;
export type ReferenceLanguage = typeof REFERENCE_LANGUAGE;

/**
 * What Dalili needs to know about each language: its name written in itself (the language menu, so a
 * person finds theirs whatever is shown) and the locale dates and plurals are formatted with.
 */
export const LANGUAGE_FACTS = {
  fr: { nativeName: 'Français', locale: 'fr-FR' },
  en: { nativeName: 'English', locale: 'en-GB' },
  sw: { nativeName: 'Kiswahili', locale: 'sw' },
} as const satisfies Record<Language, { nativeName: string; locale: string }>;

/** The languages a text is translated into from French. */
export type TranslationLanguage = Exclude<Language, ReferenceLanguage>;
export const TRANSLATION_LANGUAGES = LANGUAGES.filter(
  (l): l is TranslationLanguage => l !== REFERENCE_LANGUAGE,
) as readonly TranslationLanguage[];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** One value per translation language (schemas, reports): a new language gets its field without a copy. */
export function perTranslation<T>(make: (language: TranslationLanguage) => T): {
  [L in TranslationLanguage]: T;
} {
  return Object.fromEntries(TRANSLATION_LANGUAGES.map((l) => [l, make(l)])) as {
    [L in TranslationLanguage]: T;
  };
}
