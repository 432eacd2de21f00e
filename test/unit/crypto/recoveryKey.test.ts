import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  generateRecoveryKey,
  parseRecoveryKey,
  RecoveryKeyFormatError,
} from '../../../renderer/core/crypto/recoveryKey';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function problemOf(text: string): string | null {
  try {
    parseRecoveryKey(text);
    return null;
  } catch (error) {
    return error instanceof RecoveryKeyFormatError ? error.code : 'other';
  }
}

describe('recovery key', () => {
  it('is 128 random bits shown as 8 groups of 4 Crockford base32 characters', () => {
    const key = generateRecoveryKey();
    expect(key).toHaveLength(16);
    const text = formatRecoveryKey(key);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(text)).toEqual(key);
    expect(formatRecoveryKey(generateRecoveryKey())).not.toBe(text);
  });

  it('accepts lower case, spaces instead of dashes and handwritten look-alikes', () => {
    const key = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
    const text = formatRecoveryKey(key);
    expect(parseRecoveryKey(text.toLowerCase())).toEqual(key);
    expect(parseRecoveryKey(text.replace(/-/g, ' '))).toEqual(key);
    expect(parseRecoveryKey(`  ${text.replace(/-/g, '')}\n`)).toEqual(key);
    expect(parseRecoveryKey(text.replace(/0/g, 'O').replace(/1/g, 'l'))).toEqual(key);
  });

  it('catches every single-character typo and every swap of neighbours', () => {
    const key = generateRecoveryKey();
    const chars = formatRecoveryKey(key).replace(/-/g, '');
    for (let i = 0; i < chars.length; i++) {
      for (const replacement of ALPHABET) {
        if (replacement === chars[i]) continue;
        const typo = chars.slice(0, i) + replacement + chars.slice(i + 1);
        expect(problemOf(typo)).toBe('recovery-key-mistyped');
      }
      if (i + 1 < chars.length && chars[i] !== chars[i + 1]) {
        const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
        expect(problemOf(swapped)).toBe('recovery-key-mistyped');
      }
    }
  });

  it('reports a wrong length or a foreign character as malformed', () => {
    const text = formatRecoveryKey(generateRecoveryKey());
    expect(problemOf(text.slice(0, -1))).toBe('recovery-key-malformed');
    expect(problemOf(`${text}A`)).toBe('recovery-key-malformed');
    expect(problemOf(`U${text.slice(1)}`)).toBe('recovery-key-malformed');
    expect(problemOf('')).toBe('recovery-key-malformed');
  });
});
