import { argon2idHash, type Argon2idCost } from './argon2idHash';

/** What crosses into the KDF worker. Bytes only; the passphrase is already encoded. */
export interface KdfRequest {
  id: number;
  password: Uint8Array;
  salt: Uint8Array;
  cost: Argon2idCost;
  hashLength: number;
}

/** Errors are reduced to a flag: nothing from inside the KDF is allowed to reach a log. */
export type KdfResponse = { id: number; ok: true; key: Uint8Array } | { id: number; ok: false };

export async function handleKdfRequest(request: KdfRequest): Promise<KdfResponse> {
  try {
    const key = await argon2idHash({
      ...request.cost,
      password: request.password,
      salt: request.salt,
      hashLength: request.hashLength,
    });
    return { id: request.id, ok: true, key };
  } catch {
    return { id: request.id, ok: false };
  } finally {
    request.password.fill(0);
  }
}
