import { rehash } from './mutations';

/** Flips one bit inside the last record's ciphertext and recomputes the file hash, as a forger would. */
export async function badBackupsForged(valid: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const copy = new Uint8Array(valid);
  copy[copy.length - 32 - 20] = copy[copy.length - 32 - 20]! ^ 0x10;
  return rehash(copy);
}
