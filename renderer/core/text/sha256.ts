import { toHex } from './hex';
import { utf8Bytes } from './utf8';

// The one SHA-256: WebCrypto's (asynchronous) wherever it can wait, @noble/hashes' where a caller
// must stay synchronous (a short checksum computed while formatting; sha256Sync.ts, a file of its own so
// that @noble/hashes is bundled only with the code that calls it, not at start-up). Text is hashed as UTF-8.
// Streaming hashes of large files use crypto/incrementalSha256 (hash-wasm): WebCrypto has no update().

const asBytes = (data: Uint8Array | string): Uint8Array<ArrayBuffer> => {
  if (typeof data === 'string') return utf8Bytes(data);
  // WebCrypto refuses views over a SharedArrayBuffer in some hosts: copy only those.
  if (data.buffer instanceof ArrayBuffer) return data as Uint8Array<ArrayBuffer>;
  const copy = new Uint8Array(data.length);
  copy.set(data);
  return copy;
};

/** The 32-byte SHA-256 digest of bytes, or of a text's UTF-8 bytes. */
export async function sha256(data: Uint8Array | string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', asBytes(data)));
}

/** The SHA-256 digest as 64 lower-case hexadecimal digits. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  return toHex(await sha256(data));
}
