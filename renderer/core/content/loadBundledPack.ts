import { loadPack } from './loadPack';
import type { LoadOptions, LoadedPack } from './loadPack';
import { TRUSTED_KEYS } from './trustedKeys';

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Loads the pack Vite copied next to index.html (`./pack/<part>`). It ships inside the app, so dev
 * keys are allowed by default (the UI shows "pack de développement" when `signedBy.dev`).
 */
export const loadBundledPack = (
  fetchFn: FetchLike,
  options: Partial<LoadOptions> & { baseUrl?: string } = {},
): Promise<LoadedPack> => {
  const base = options.baseUrl ?? './pack/';
  return loadPack(
    async (name) => {
      const response = await fetchFn(`${base}${name}`, { cache: 'no-store' });
      // A missing file is undefined (→ 'missing-part'); the static server may also answer 200 with
      // index.html, which the hash check then refuses.
      if (!response.ok) return undefined;
      return new Uint8Array(await response.arrayBuffer());
    },
    {
      trustedKeys: options.trustedKeys ?? TRUSTED_KEYS,
      allowDevKeys: options.allowDevKeys ?? true,
      ...(options.minPackVersion !== undefined ? { minPackVersion: options.minPackVersion } : {}),
    },
  );
};
