// What a person reading Dalili in English or Swahili would still see in French: UI strings left identical to
// French (unless listed in SAME_AS_FRENCH, with the reason) and content titles with no translation. Each failure
// names the key or the content id, so the list of what remains is the test output itself.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  TRANSLATION_LANGUAGES,
  type Language,
  type TranslationLanguage,
} from '../../../renderer/core/vocabulary';
import { compileContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';
import { missingContentTranslations } from '../../../build/content/translationReport';
import type { ContentDocument, Entry } from '../../../renderer/core/content/types';
import { catalog } from '../../../renderer/ui/i18n/catalog';
import { SAME_AS_FRENCH } from '../../../renderer/ui/i18n/sameAsFrench';
import { translate } from '../../../renderer/ui/i18n/translate';

const CONTENT_DIR = path.resolve(import.meta.dirname, '../../../content');

function identicalToFrench(language: TranslationLanguage): string[] {
  const found: string[] = [];
  for (const [name, namespace] of Object.entries(catalog)) {
    const ns = namespace as Record<Language, Record<string, string>>;
    for (const [key, french] of Object.entries(ns.fr))
      if (ns[language][key] === french) found.push(`${name}.${key}`);
  }
  return found.sort();
}

describe('translations', () => {
  for (const language of TRANSLATION_LANGUAGES) {
    it(`${language}: no UI string is left in French unless listed, with its reason, in SAME_AS_FRENCH`, () => {
      const listed = Object.keys(SAME_AS_FRENCH[language] ?? {}).sort();
      expect(identicalToFrench(language).filter((key) => !listed.includes(key))).toEqual([]);
      // A listed key that has since been translated leaves the list.
      expect(listed.filter((key) => !identicalToFrench(language).includes(key))).toEqual([]);
    });
  }

  it('every content title (documents, dimensions, indicators, referral steps, actor types) exists in every translation language', () => {
    const content = compileContent(readContentDir(CONTENT_DIR));
    expect(content.errors).toEqual([]);
    const missing = missingContentTranslations(content);
    for (const language of TRANSLATION_LANGUAGES)
      expect(missing[language].map((m) => `${language} ${m.id} (${m.what}): ${m.french}`)).toEqual([]);
  });

  it('names what is missing: a document without its Swahili title, an indicator without its English heading', () => {
    const doc = {
      id: 'doc',
      title: { fr: 'Titre', en: 'Title' },
      shortName: { fr: 'Court', en: 'Short', sw: 'Fupi' },
      dimensions: [{ id: 'd', label: { fr: 'Dimension', en: 'Dimension', sw: 'Kipimo' } }],
    } as unknown as ContentDocument;
    const indicator = {
      id: 'doc/i1',
      kind: 'indicator',
      heading: 'Dette',
      headingTranslations: { sw: 'Deni' },
    } as unknown as Entry;
    const article = { id: 'doc/art-1', kind: 'article', heading: 'Article 1' } as unknown as Entry;
    const missing = missingContentTranslations({ documents: [doc], entries: [indicator, article] });
    expect(missing.en).toEqual([{ id: 'doc/i1', what: 'heading', french: 'Dette' }]);
    expect(missing.sw).toEqual([{ id: 'doc', what: 'title', french: 'Titre' }]);
  });

  it('Swahili names the Indicators page "Viashiria", not "Dalili" like the application', () => {
    expect(translate('sw', 'shell.nav.indicators')).toBe('Viashiria');
    expect(translate('sw', 'pages.indicators.title')).toBe('Viashiria');
    expect(translate('sw', 'shell.nav.indicators')).not.toBe(translate('sw', 'shell.appName'));
  });
});
