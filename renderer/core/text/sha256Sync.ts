import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { utf8Bytes } from './utf8';

// The synchronous SHA-256 (see sha256.ts for the one SHA-256 and when to use which).

/** Synchronous SHA-256, for small inputs only (it blocks the thread it runs on). */
export function sha256Sync(data: Uint8Array | string): Uint8Array<ArrayBuffer> {
  const digest = nobleSha256(typeof data === 'string' ? utf8Bytes(data) : data);
  const out = new Uint8Array(digest.length);
  out.set(digest);
  return out;
}
