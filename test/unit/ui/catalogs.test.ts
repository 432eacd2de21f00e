import { describe, expect, it } from 'vitest';
import { catalog } from '../../../renderer/ui/i18n/catalog';
import { translate } from '../../../renderer/ui/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  for (const [name, namespace] of Object.entries(catalog)) {
    const ns = namespace as Record<'fr' | 'en' | 'sw', Record<string, string>>;
    it(`${name}: en and sw have exactly the French keys, non-empty, with the same placeholders`, () => {
      const frKeys = Object.keys(ns.fr).sort();
      for (const language of ['en', 'sw'] as const) {
        expect(Object.keys(ns[language]).sort(), language).toEqual(frKeys);
        for (const key of frKeys) {
          expect(ns[language][key]!.trim(), `${language} ${key}`).not.toBe('');
          expect(placeholders(ns[language][key]!), `${language} ${key}`).toEqual(placeholders(ns.fr[key]!));
        }
      }
    });
  }

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'pages.search.query', { query: 'art. 53' })).toBe('Votre recherche : « art. 53 »');
    expect(translate('en', 'pages.search.query')).toContain('{query}');
  });
});
