import { describe, expect, it } from 'vitest';
import { fromHex, HexError, parseHex, toHex } from '../../../renderer/core/text';

describe('hex', () => {
  it('round-trips every byte value and random bytes', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromHex(toHex(all))).toEqual(all);
    const random = crypto.getRandomValues(new Uint8Array(1000));
    expect(fromHex(toHex(random))).toEqual(random);
    expect(toHex(new Uint8Array())).toBe('');
    expect(fromHex('')).toEqual(new Uint8Array());
  });

  it('writes lower case two digits a byte and reads either case', () => {
    expect(toHex(Uint8Array.of(0, 1, 15, 16, 171, 255))).toBe('00010f10abff');
    expect(fromHex('ABff0A')).toEqual(Uint8Array.of(0xab, 0xff, 0x0a));
  });

  it('refuses an odd length and a character that is not a digit, with a clear error that does not repeat the text', () => {
    expect(() => fromHex('abc')).toThrow(HexError);
    expect(() => fromHex('abc')).toThrow('hexadecimal text must have an even number of digits (it has 3)');
    expect(() => fromHex('00zz')).toThrow(
      'hexadecimal text may hold only 0-9 and a-f (character 3 is not one)',
    );
    for (const bad of ['0x00', '00 11', '١٢', 'secretkeyg', '+1', '-1']) {
      let error: unknown;
      try {
        fromHex(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(HexError);
      expect((error as Error).message).not.toContain(bad);
      expect(parseHex(bad)).toBeUndefined();
    }
  });

  it('answers undefined from parseHex instead of throwing', () => {
    expect(parseHex('0aff')).toEqual(Uint8Array.of(10, 255));
    expect(parseHex('0af')).toBeUndefined();
  });
});
