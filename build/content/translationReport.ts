import type { ContentDocument, Entry, Localized } from '../../renderer/core/content/types';
import { perTranslation, TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../renderer/core/vocabulary';

// Which content titles a person reading in English or Swahili would still see in French: document titles and
// short names, indicator dimensions, and the headings of indicators, referral steps and actor types. Law
// article headings ("Article 53") and verification notes and source labels stay French on purpose (they
// quote or point at French texts).

export type TranslatedLang = TranslationLanguage;
export const TRANSLATED_LANGS: readonly TranslatedLang[] = TRANSLATION_LANGUAGES;

export interface MissingTranslation {
  /** Document id, `docId#dimension`, or full entry id. */
  id: string;
  what: 'title' | 'shortName' | 'dimension' | 'heading';
  french: string;
}

export type MissingTranslations = Record<TranslatedLang, MissingTranslation[]>;

/** Entry kinds whose heading is a title of Dalili's own, shown in every interface language. */
const TITLED_KINDS = new Set<Entry['kind']>(['indicator', 'step', 'actor']);

export function missingContentTranslations(content: { documents: readonly ContentDocument[]; entries: readonly Entry[] }): MissingTranslations {
  const result: MissingTranslations = perTranslation(() => []);
  for (const lang of TRANSLATED_LANGS) {
    const check = (id: string, what: MissingTranslation['what'], text: Localized) => {
      if (!text[lang]?.trim()) result[lang].push({ id, what, french: text.fr });
    };
    for (const doc of content.documents) {
      check(doc.id, 'title', doc.title);
      check(doc.id, 'shortName', doc.shortName);
      for (const dimension of doc.dimensions ?? []) check(`${doc.id}#${dimension.id}`, 'dimension', dimension.label);
    }
    for (const entry of content.entries) {
      if (!TITLED_KINDS.has(entry.kind)) continue;
      check(entry.id, 'heading', { fr: entry.heading, ...entry.headingTranslations });
    }
  }
  return result;
}

/** The lines `npm run content:report` prints. */
export function formatMissingTranslations(missing: MissingTranslations): string[] {
  const lines = ['', 'Titres non traduits (en, sw) :'];
  for (const lang of TRANSLATED_LANGS) {
    lines.push(`  ${lang}: ${missing[lang].length === 0 ? 'aucun' : missing[lang].length}`);
    for (const m of missing[lang]) lines.push(`    ${m.id} (${m.what}): ${m.french}`);
  }
  return lines;
}
