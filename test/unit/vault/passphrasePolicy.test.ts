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

  it('returns feedback as keys for the i18n catalogue, never as sentences', async () => {
    const check = await loadPassphraseChecker();
    const result = check('Kinshasa2024');
    for (const key of [result.warning, ...result.suggestions].filter((k): k is string => k !== null)) {
      expect(key).toMatch(/^[a-zA-Z]+$/);
    }
    expect(result.suggestions.length).toBeGreaterThan(0);
  });
});
