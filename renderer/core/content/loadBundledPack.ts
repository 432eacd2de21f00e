import { openPack } from './loadPack';
import type { LoadOptions, LoadedPack, OpenedPack } from './loadPack';
import { APP_TRUST_ROOTS } from './appTrustRoots';

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Loads the pack Vite copied next to index.html (`./pack/<part>`), checked against the app's roots
 * (APP_TRUST_ROOTS: the development root exists only in development and test builds, where the UI
 * shows "pack de développement" when `signedBy.dev`).
 */
export const openBundledPack = (
  fetchFn: FetchLike,
  options: Partial<LoadOptions> & { baseUrl?: string } = {},
): Promise<OpenedPack> => {
  const base = options.baseUrl ?? './pack/';
  return openPack(
    async (name) => {
      const response = await fetchFn(`${base}${name}`, { cache: 'no-store' });
      // A missing file is undefined (→ 'missing-part'); the static server may also answer 200 with
      // index.html, which the hash check then refuses.
      if (!response.ok) return undefined;
      return new Uint8Array(await response.arrayBuffer());
    },
    {
      trustedKeys: options.trustedKeys ?? APP_TRUST_ROOTS,
      allowDevKeys: options.allowDevKeys ?? true,
      ...(options.minPackVersion !== undefined ? { minPackVersion: options.minPackVersion } : {}),
      ...(options.knownRevocations ? { knownRevocations: options.knownRevocations } : {}),
    },
  );
};

/** The bundled pack, every part checked before it is returned. */
export const loadBundledPack = async (
  fetchFn: FetchLike,
  options: Partial<LoadOptions> & { baseUrl?: string } = {},
): Promise<LoadedPack> => (await openBundledPack(fetchFn, options)).complete();
