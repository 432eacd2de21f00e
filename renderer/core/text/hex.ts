// The one hexadecimal codec: lower-case digits out; either case accepted in; anything else refused
// with an error that says what is wrong but never repeats the text (it may be a key).

const DIGITS = '0123456789abcdef';

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += DIGITS[b >> 4]! + DIGITS[b & 15]!;
  return out;
}

export class HexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HexError';
  }
}

const digitValue = (c: number): number => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
};

/** Why `hex` is not hexadecimal bytes, or undefined when it is. */
const hexProblem = (hex: string): string | undefined => {
  if (hex.length % 2 !== 0)
    return `hexadecimal text must have an even number of digits (it has ${hex.length})`;
  for (let i = 0; i < hex.length; i += 1)
    if (digitValue(hex.charCodeAt(i)) < 0)
      return `hexadecimal text may hold only 0-9 and a-f (character ${i + 1} is not one)`;
  return undefined;
};

const decode = (hex: string): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1)
    out[i] = (digitValue(hex.charCodeAt(2 * i)) << 4) | digitValue(hex.charCodeAt(2 * i + 1));
  return out;
};

/** Bytes from hexadecimal text; throws HexError on an odd length or a character that is not a digit. */
export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const problem = hexProblem(hex);
  if (problem !== undefined) throw new HexError(problem);
  return decode(hex);
}

/** Bytes from hexadecimal text, or undefined when it is not (for callers that report their own error). */
export function parseHex(hex: string): Uint8Array<ArrayBuffer> | undefined {
  return hexProblem(hex) === undefined ? decode(hex) : undefined;
}
