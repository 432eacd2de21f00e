import { describe, expect, it } from 'vitest';
import { loadPassphraseChecker, PASSPHRASE_MIN_LENGTH } from '../../../renderer/core/vault/passphrasePolicy';

describe('passphrase policy', () => {
  it('knows French words and common patterns', async () => {
    const check = await loadPassphraseChecker();
    for (const weak of ['motdepasse123', 'jetaime2024!', 'Bonjour2024!', 'azertyuiop123', 'soleilsoleil']) {
      const result = check(weak);
      expect(result.acceptable, weak).toBe(false);
      expect(result.problems, weak).toContain('too-weak');
    }
    expect(check('azertyuiop').warning).toBe('straightRow');
  });

  it('has a clear minimum length, counted in characters after normalisation', async () => {
    const check = await loadPassphraseChecker();
    expect(PASSPHRASE_MIN_LENGTH).toBe(12);
    expect(check('xK9#mP2$vL').problems).toContain('too-short');
    expect(check('ééééééééééé'.normalize('NFD')).length).toBe(11);
  });

  it('accepts a few random words and penalises the profile name', async () => {
    const check = await loadPassphraseChecker();
    const good = check('mangue pirogue tonnerre Kisangani');
    expect(good).toMatchObject({ acceptable: true, score: 4, problems: [] });
    expect(check('BureauGomaBureauGoma', ['BureauGoma']).acceptable).toBe(false);
  });

  it('does not rate two words "très bonne", rare or not, with digits or symbols added', async () => {
    const check = await loadPassphraseChecker();
    // zxcvbn alone scores the first three 4 of 4: a rare word is priced by its rank in its list.
    for (const twoWords of [
      'mangue pirogue',
      'Kisangani tonnerre',
      'liberte egalite',
      'mangue-pirogue',
      'Mangue Pirogue!',
      'mangue pirogue 47',
      'tonnerrepirogue',
    ]) {
      const result = check(twoWords);
      expect(result.score, twoWords).toBeLessThan(4);
      expect(result.acceptable, twoWords).toBe(false);
    }
    expect(check('mangue pirogue').problems).toEqual(['too-few-words']);
    // Three or more words, or a long string that is not words, keep the estimator's rating.
    for (const good of [
      'tonnerre pirogue lune',
      'colline brouillard tambour 1987',
      'lampe-tempête sous la véranda bleue',
      'qzkxjvbwmptrsh',
    ]) {
      expect(check(good), good).toMatchObject({ acceptable: true, score: 4 });
    }
  });

  it('returns feedback as keys for the i18n catalogue, never as sentences', async () => {
    const check = await loadPassphraseChecker();
    const result = check('Kinshasa2024');
    for (const key of [result.warning, ...result.suggestions].filter((k): k is string => k !== null)) {
      expect(key).toMatch(/^[a-zA-Z]+$/);
    }
    expect(result.suggestions.length).toBeGreaterThan(0);
  });
});
