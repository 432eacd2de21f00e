import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_NAMESPACES, SHELL_NAMESPACES } from '../../../renderer/ui/shell/pageNamespaces';
import { ROUTES } from '../../../renderer/ui/shell/routes';
import { namespaceUsage } from './namespaceUsage';

const UI = path.resolve(import.meta.dirname, '../../../renderer/ui');
const PAGES = path.join(UI, 'pages') + path.sep;
const PAGE_FILES: Record<(typeof ROUTES)[number]['id'], string> = {
  library: 'LibraryPage.tsx',
  search: 'SearchPage.tsx',
  indicators: 'IndicatorsPage.tsx',
  referral: 'ReferralPage.tsx',
  cases: 'CasesPage.tsx',
  settings: 'SettingsPage.tsx',
  training: 'TrainingPage.tsx',
};
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

describe('each page loads the catalogue namespaces it shows, and only those', () => {
  const shell = namespaceUsage([path.join(UI, 'main.tsx')], [PAGES]);

  it('the frame: the namespaces its code can show', () => {
    expect(shell.files.size).toBeGreaterThan(20);
    expect(sorted(SHELL_NAMESPACES)).toEqual(sorted(shell.namespaces));
  });

  for (const route of ROUTES) {
    it(`${route.id}: its list covers every key its code can show, beyond the frame's, and nothing more`, () => {
      // Other pages are loaded and gated on their own, and routes.ts is how a page links to them.
      const usage = namespaceUsage(
        [path.join(PAGES, PAGE_FILES[route.id])],
        [PAGES, path.join(UI, 'shell', 'routes.ts')],
      );
      const own = sorted([...usage.namespaces].filter((ns) => !SHELL_NAMESPACES.includes(ns as never)));
      expect(sorted(PAGE_NAMESPACES[route.id]), route.id).toEqual(own);
    });
  }

  it('the usage reader sees keys in literals and in templates (a check that the check can fail)', () => {
    const fixture = path.resolve(import.meta.dirname, '../../fixtures/i18n/usesCasesKeys.ts');
    expect(sorted(namespaceUsage([fixture]).namespaces)).toEqual(['backup', 'cases']);
  });

  it('the usage reader gives a vocabulary label family its own namespace, and only the families read', () => {
    const fixture = path.resolve(import.meta.dirname, '../../fixtures/i18n/usesVocabularyLabels.ts');
    const usage = namespaceUsage([fixture]);
    // caseStatus is `cases.status.*`, mark is `screening.mark.*`: not library, search or directory,
    // whose families the same object also holds.
    expect(sorted(usage.namespaces)).toEqual(['cases', 'screening']);
  });
});
