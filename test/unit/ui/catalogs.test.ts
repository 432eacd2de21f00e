import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, TRANSLATION_LANGUAGES, type Language } from '../../../renderer/core/vocabulary';
import { catalog, type MessageKey } from '../../../renderer/ui/i18n/catalog';
import { isIcuMessage, translate } from '../../../renderer/ui/i18n/translate';

interface AstNode {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
}

/** Argument names of a message: `{name}` in plain ones, every argument of the ICU tree in plural ones. */
function placeholders(text: string): string[] {
  if (!isIcuMessage(text)) return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
  const names = new Set<string>();
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      // 0 literal, 7 pound (#): no argument of their own.
      if (node.type !== 0 && node.type !== 7 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, 'fr').getAst());
  return [...names].sort();
}

describe('i18n catalogues', () => {
  for (const [name, namespace] of Object.entries(catalog)) {
    const ns = namespace as Record<Language, Record<string, string>>;
    it(`${name}: en and sw have exactly the French keys, non-empty, with the same placeholders`, () => {
      const frKeys = Object.keys(ns.fr).sort();
      for (const language of TRANSLATION_LANGUAGES) {
        expect(Object.keys(ns[language]).sort(), language).toEqual(frKeys);
        for (const key of frKeys) {
          expect(ns[language][key]!.trim(), `${language} ${key}`).not.toBe('');
          expect(placeholders(ns[language][key]!), `${language} ${key}`).toEqual(placeholders(ns.fr[key]!));
        }
      }
    });
  }

  it('every plural message parses in every language, with an "other" form, and no ASCII apostrophe (an ICU escape)', () => {
    let plurals = 0;
    for (const [name, namespace] of Object.entries(catalog)) {
      for (const language of LANGUAGES) {
        for (const [key, text] of Object.entries(
          (namespace as Record<string, Record<string, string>>)[language]!,
        )) {
          if (!isIcuMessage(text)) {
            expect(text, `${language} ${name}.${key} looks like a broken ICU message`).not.toMatch(
              /\{\s*\w+\s*,/,
            );
            continue;
          }
          plurals += 1;
          expect(() => new IntlMessageFormat(text, language), `${language} ${name}.${key}`).not.toThrow();
          expect(text, `${language} ${name}.${key}`).not.toContain("'");
          for (const match of text.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g))
            expect(text.slice(match.index), `${language} ${name}.${key}`).toMatch(/other\s*\{/);
          const args = Object.fromEntries(placeholders(text).map((p) => [p, 2]));
          expect(
            translate(language, `${name}.${key}` as MessageKey, args),
            `${language} ${name}.${key}`,
          ).not.toMatch(/[{}#]/);
        }
      }
    }
    expect(plurals).toBeGreaterThan(30);
  });

  it('counts agree in each language: French 0 and 1 are singular, English 0 is plural', () => {
    expect(translate('fr', 'backup.transfer.caseRecords', { count: 1 })).toBe('(1 enregistrement)');
    expect(translate('fr', 'backup.transfer.caseRecords', { count: 0 })).toBe('(0 enregistrement)');
    expect(translate('fr', 'backup.transfer.caseRecords', { count: 3 })).toBe('(3 enregistrements)');
    expect(translate('en', 'backup.transfer.caseRecords', { count: 0 })).toBe('(0 records)');
    expect(translate('en', 'backup.transfer.caseRecords', { count: 1 })).toBe('(1 record)');
    expect(translate('fr', 'search.results.count', { count: 1, query: 'traite' })).toBe(
      '1 résultat pour « traite »',
    );
    expect(translate('sw', 'library.count.law', { count: 1 })).toBe('Kifungu 1');
    expect(translate('sw', 'library.count.law', { count: 5 })).toBe('Vifungu 5');
    expect(translate('fr', 'cases.list.damaged', { count: 1 })).toBe(
      '1 dossier illisible (endommagé) n’est pas listé.',
    );
  });

  it('no French message counts with "(s)" any more', () => {
    for (const [name, namespace] of Object.entries(catalog)) {
      for (const [key, text] of Object.entries((namespace as Record<string, Record<string, string>>).fr!)) {
        if (/\{\w+/.test(text)) expect(text, `fr ${name}.${key}`).not.toMatch(/\w\(s\)/);
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'pages.search.query', { query: 'art. 53' })).toBe('Votre recherche : « art. 53 »');
    expect(translate('en', 'pages.search.query')).toContain('{query}');
  });
});
