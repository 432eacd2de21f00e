import type { Lang, Localized } from '../content';

/**
 * The language a document is read in: the one asked for when the document has it, else the UI
 * language when it has that, else French (always present).
 */
export function pickContentLanguage(available: readonly Lang[], uiLanguage: Lang, requested?: Lang): Lang {
  if (requested && available.includes(requested)) return requested;
  if (available.includes(uiLanguage)) return uiLanguage;
  return 'fr';
}

export interface LocalizedText {
  text: string;
  lang: Lang;
  /** True when French is shown because the wanted language has no text here. */
  fallback: boolean;
}

export function localizedText(value: Localized, lang: Lang): LocalizedText {
  const wanted = value[lang];
  if (wanted !== undefined && wanted.trim().length > 0) return { text: wanted, lang, fallback: false };
  return { text: value.fr, lang: 'fr', fallback: lang !== 'fr' };
}
