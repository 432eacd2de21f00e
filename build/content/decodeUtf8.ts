// Content files must be UTF-8. Node's 'utf8' decoding silently turns bad bytes into U+FFFD, which
// would then ship in the pack; this finds the first bad sequence so the compiler can refuse the file
// with its line and column instead.

export interface DecodedFile {
  /** The text, with U+FFFD where bytes were invalid (used only to keep checking other files). */
  source: string;
  /** Where the first invalid byte sequence starts, 1-based, when there is one. */
  invalid?: { line: number; column: number; byte: number };
}

const continuation = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or -1. */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let length = 0;
    let min = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (length > 1) {
      let cp = b & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) {
        if (!continuation(bytes[i + k])) return i;
        cp = (cp << 6) | ((bytes[i + k] ?? 0) & 0x3f);
      }
      // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
      if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    }
    i += length;
  }
  return -1;
};

export const decodeUtf8File = (bytes: Uint8Array): DecodedFile => {
  const source = new TextDecoder('utf-8').decode(bytes);
  const offset = firstInvalidUtf8(bytes);
  if (offset < 0) return { source };
  const before = bytes.subarray(0, offset);
  const lastNewline = before.lastIndexOf(0x0a);
  let line = 1;
  for (const b of before) if (b === 0x0a) line++;
  const column = new TextDecoder('utf-8').decode(before.subarray(lastNewline + 1)).length + 1;
  return { source, invalid: { line, column, byte: bytes[offset] ?? 0 } };
};
