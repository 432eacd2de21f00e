import { describe, expect, it } from 'vitest';
import { formatPhone, normalisePhone } from '../../../renderer/core/directory/phone';

describe('DRC phone numbers', () => {
  it.each([
    ['+243812345678', '+243812345678'],
    ['+243 81 234 5678', '+243812345678'],
    ['  +243 812 345 678 ', '+243812345678'],
    ['+243\u00a0991\u00a0234\u00a0567', '+243991234567'],
  ])('accepts %j as %s', (input, e164) => {
    expect(normalisePhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0812345678', 'missing-prefix'],
    ['243812345678', 'missing-prefix'],
    ['00243812345678', 'missing-prefix'],
    ['+33612345678', 'missing-prefix'],
    ['+243-812-345-678', 'invalid-characters'],
    ['+243 81 234 567a', 'invalid-characters'],
    ['+243 0812 345 678', 'leading-zero'],
    ['+243 81 234 567', 'wrong-length'],
    ['+243 81 234 56789', 'wrong-length'],
  ])('refuses %j: %s', (input, error) => {
    expect(normalisePhone(input)).toEqual({ ok: false, error });
  });

  it('formats E.164 in groups of three for reading', () => {
    expect(formatPhone('+243812345678')).toBe('+243 812 345 678');
  });
});
