import { describe, expect, it } from 'vitest';
import { loadLocalSettings, saveLocalSettings } from '../../../renderer/ui/settings/localSettings';
import { findRoute, parseHash, ROUTES } from '../../../renderer/ui/shell/routes';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('hash routes', () => {
  it('opens the library by default and reads the query', () => {
    expect(parseHash('').path).toBe('bibliotheque');
    const parsed = parseHash('#/recherche?q=art%2053%20loi%2009%2F001');
    expect(parsed.path).toBe('recherche');
    expect(parsed.query.get('q')).toBe('art 53 loi 09/001');
    expect(parseHash('#/bibliotheque/loi-09-001/art-53').rest).toEqual(['loi-09-001', 'art-53']);
    expect(parseHash('#/doc/loi-09-001/art-53')).toMatchObject({
      path: 'bibliotheque',
      rest: ['loi-09-001', 'art-53'],
    });
  });

  it('has seven sections with unique addresses', () => {
    expect(ROUTES.map((r) => r.path)).toEqual([
      'bibliotheque',
      'recherche',
      'indicateurs',
      'orientation',
      'dossiers',
      'formation',
      'parametres',
    ]);
    expect(findRoute('nulle-part')).toBeUndefined();
  });
});

describe('local settings', () => {
  it('defaults to French and keeps the chosen language', () => {
    const storage = memoryStorage();
    expect(loadLocalSettings(storage).language).toBe('fr');
    saveLocalSettings(storage, { language: 'sw' });
    expect(loadLocalSettings(storage).language).toBe('sw');
  });

  it('ignores a damaged or unknown entry instead of failing', () => {
    expect(loadLocalSettings(memoryStorage({ 'dalili.settings.v1': '{oops' })).language).toBe('fr');
    expect(loadLocalSettings(memoryStorage({ 'dalili.settings.v1': '{"language":"de"}' })).language).toBe(
      'fr',
    );
  });
});

describe('dates for people', () => {
  it('writes ISO dates out in each language and leaves unknown formats as they are', async () => {
    const { formatDate } = await import('../../../renderer/ui/i18n/formatDate');
    expect(formatDate('fr', '2009-01-10')).toBe('10 janvier 2009');
    expect(formatDate('en', '2022-12-26')).toBe('26 December 2022');
    expect(formatDate('sw', '2026-11-29')).toBe('29 Novemba 2026');
    expect(formatDate('fr', 'à vérifier')).toBe('à vérifier');
  });
});
