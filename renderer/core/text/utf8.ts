const encoder = new TextEncoder();
// fatal: bytes that are not valid UTF-8 are malformed input, never silently repaired to U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes backed by a plain ArrayBuffer, the shape WebCrypto's typings ask for. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** Strict UTF-8 decoding: malformed bytes throw a TypeError. */
export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
