import { createSHA256 } from 'hash-wasm';

/** SHA-256 fed piece by piece (WebCrypto's digest is one-shot): hash-wasm's, never our own. */
export interface IncrementalSha256 {
  update(bytes: Uint8Array): void;
  /** The 32-byte digest; the hasher is spent afterwards. */
  digest(): Uint8Array<ArrayBuffer>;
}

export async function createIncrementalSha256(): Promise<IncrementalSha256> {
  const hasher = await createSHA256();
  hasher.init();
  return {
    update: (bytes) => {
      hasher.update(bytes);
    },
    // hash-wasm returns a view we do not own; copy it.
    digest: () => new Uint8Array(hasher.digest('binary')),
  };
}
