import { z } from 'zod';
import { bytesEqual, hmacSign, hmacVerify, type KdfParams, toBase64 } from '../crypto';
import { concatBytes, sha256, utf8Bytes } from '../text';
import { VaultError } from './vaultError';

/** Header format written by this version. Bump it (and keep reading the old ones) on any change. */
export const HEADER_FORMAT = 1;

/** 'rekey': the next data key of a re-encryption under way (vaultDb.ts, RekeyPending). */
export type SlotName = 'passphrase' | 'recovery' | 'rekey';

export interface HeaderFields {
  format: 1;
  vaultId: string;
  kdf: KdfParams;
  passphraseSlot: { iv: Uint8Array<ArrayBuffer>; wrapped: Uint8Array<ArrayBuffer> };
  recoverySlot: {
    salt: Uint8Array<ArrayBuffer>;
    iv: Uint8Array<ArrayBuffer>;
    wrapped: Uint8Array<ArrayBuffer>;
  };
}

/**
 * The header as stored. `mac` (HMAC-SHA-256 under a key derived from the data key) is what
 * authenticates it. `checksum` (plain SHA-256) proves nothing against a deliberate forger, who can
 * recompute it; it lets us say "the header was changed" before spending half a second on Argon2id
 * when the change was accidental or naive, instead of blaming the passphrase.
 */
export interface StoredHeader extends HeaderFields {
  mac: Uint8Array<ArrayBuffer>;
  checksum: Uint8Array<ArrayBuffer>;
}

const bytesOf = (length: number) =>
  z.custom<Uint8Array<ArrayBuffer>>((v) => v instanceof Uint8Array && v.length === length);

const headerSchema = z.object({
  format: z.literal(1),
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  kdf: z.object({
    algorithm: z.literal('argon2id'),
    version: z.literal(19),
    memoryKiB: z.number().int().positive(),
    iterations: z.number().int().positive(),
    parallelism: z.number().int().positive(),
    salt: bytesOf(16),
  }),
  passphraseSlot: z.object({ iv: bytesOf(12), wrapped: bytesOf(48) }),
  recoverySlot: z.object({ salt: bytesOf(16), iv: bytesOf(12), wrapped: bytesOf(48) }),
  mac: bytesOf(32),
  checksum: bytesOf(32),
});

/** Structural check only; authenticity comes later, once a key is available. */
export function parseHeader(value: unknown): StoredHeader {
  if (typeof value === 'object' && value !== null && 'format' in value) {
    const format = value.format;
    if (typeof format === 'number' && format > HEADER_FORMAT) throw new VaultError('vault-too-new');
  }
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) throw new VaultError('header-invalid');
  return parsed.data;
}

/** Deterministic bytes of every header field except mac and checksum: an ordered JSON array. */
export function canonicalHeaderBytes(h: HeaderFields): Uint8Array<ArrayBuffer> {
  return utf8Bytes(
    JSON.stringify([
      'dalili-vault-header',
      h.format,
      h.vaultId,
      h.kdf.algorithm,
      h.kdf.version,
      h.kdf.memoryKiB,
      h.kdf.iterations,
      h.kdf.parallelism,
      toBase64(h.kdf.salt),
      toBase64(h.passphraseSlot.iv),
      toBase64(h.passphraseSlot.wrapped),
      toBase64(h.recoverySlot.salt),
      toBase64(h.recoverySlot.iv),
      toBase64(h.recoverySlot.wrapped),
    ]),
  );
}

export async function sealHeader(fields: HeaderFields, headerMacKey: CryptoKey): Promise<StoredHeader> {
  const canonical = canonicalHeaderBytes(fields);
  const mac = await hmacSign(headerMacKey, canonical);
  const checksum = await sha256(concatBytes(canonical, mac));
  return { ...fields, mac, checksum };
}

export async function headerChecksumMatches(h: StoredHeader): Promise<boolean> {
  return bytesEqual(await sha256(concatBytes(canonicalHeaderBytes(h), h.mac)), h.checksum);
}

export async function headerMacMatches(h: StoredHeader, headerMacKey: CryptoKey): Promise<boolean> {
  return hmacVerify(headerMacKey, h.mac, canonicalHeaderBytes(h));
}

/** Additional data for a key wrap: a wrap copied into another vault or slot will not open. */
export function wrapContext(
  vaultId: string,
  slot: SlotName,
  format: number = HEADER_FORMAT,
): Uint8Array<ArrayBuffer> {
  return utf8Bytes(JSON.stringify(['dalili-vault-key-wrap', format, vaultId, slot]));
}
