import { argon2id } from 'hash-wasm';

/** Argon2id cost parameters (RFC 9106 §3.1). Memory is in KiB, as the RFC and hash-wasm count it. */
export interface Argon2idCost {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

export interface Argon2idInput extends Argon2idCost {
  password: Uint8Array;
  salt: Uint8Array;
  /** RFC 9106 "secret value K". hash-wasm has no parameter for associated data X (it hashes X as empty). */
  secret?: Uint8Array;
  hashLength: number;
}

/**
 * The one place the app calls hash-wasm. Pure: same input, same bytes. Always Argon2 version 0x13,
 * the only version hash-wasm implements.
 */
export async function argon2idHash(input: Argon2idInput): Promise<Uint8Array<ArrayBuffer>> {
  const out = await argon2id({
    password: input.password,
    salt: input.salt,
    ...(input.secret !== undefined && input.secret.length > 0 ? { secret: input.secret } : {}),
    iterations: input.iterations,
    parallelism: input.parallelism,
    memorySize: input.memoryKiB,
    hashLength: input.hashLength,
    outputType: 'binary',
  });
  // hash-wasm returns a view we do not own; copy so callers can wipe it safely.
  const copy = new Uint8Array(out.length);
  copy.set(out);
  return copy;
}
