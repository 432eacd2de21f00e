import { describe, expect, it } from 'vitest';
import { formatPhone, normalisePhone } from '../../../renderer/core/directory/phone';

describe('phone numbers (libphonenumber-js, Congolese by default)', () => {
  it.each([
    // The local forms people type in the Kivus.
    ['0812345678', '+243812345678'],
    ['081 234 5678', '+243812345678'],
    ['(081) 234-5678', '+243812345678'],
    ['0991234567', '+243991234567'],
    // International forms, with or without the slip "+243 0…".
    ['+243812345678', '+243812345678'],
    ['+243 81 234 5678', '+243812345678'],
    ['  +243 812 345 678 ', '+243812345678'],
    ['+243\u00a0991\u00a0234\u00a0567', '+243991234567'],
    ['+243 0812 345 678', '+243812345678'],
    ['00243812345678', '+243812345678'],
    // The neighbours and further away, written with their country code.
    ['+250 788 123 456', '+250788123456'],
    ['00250788123456', '+250788123456'],
    ['+257 79 123 456', '+25779123456'],
    ['+256 772 123456', '+256772123456'],
    ['+255 754 123 456', '+255754123456'],
    ['+33 6 12 34 56 78', '+33612345678'],
  ])('accepts %j as %s', (input, e164) => {
    expect(normalisePhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['+243 81 234 567a', 'invalid-characters'],
    ['tél. 0812345678', 'invalid-characters'],
    ['+243 81 234 567', 'invalid'],
    ['+243 81 234 56789', 'invalid'],
    // A Rwandan number typed in its local form reads as Congolese, and is not one: the message asks for +250.
    ['0788123456', 'invalid'],
    ['+2438', 'wrong-length'],
    ['+999 812 345', 'unknown-country'],
  ])('refuses %j: %s', (input, error) => {
    expect(normalisePhone(input)).toEqual({ ok: false, error });
  });

  it('groups numbers for reading, by each country’s own rule', () => {
    expect(formatPhone('+243812345678')).toBe('+243 812 345 678');
    expect(formatPhone('+250788123456')).toBe('+250 788 123 456');
    expect(formatPhone('+25779123456')).toBe('+257 79 12 34 56');
    expect(formatPhone('not a number')).toBe('not a number');
  });
});
