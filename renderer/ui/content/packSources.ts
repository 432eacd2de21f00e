import { APP_TRUST_ROOTS, openBundledPack, type OpenedPack, openPackFile } from '../../core/content';
import { openPackStore, openTrustStore, type PackStore, type TrustStore } from '../../core/contentUpdate';

/**
 * The roots the app trusts: release builds embed production roots only (the development root is
 * not even in their code), so a pack certified by the public development root is refused.
 */
export const IMPORT_OPTIONS = { trustedKeys: APP_TRUST_ROOTS, allowDevKeys: __ALLOW_DEV_PACKS__ } as const;

export interface PackSources {
  /** Signature and documents checked; the rest by the pack's complete(). */
  loadBundled: () => Promise<OpenedPack>;
  loadImported: () => Promise<OpenedPack | undefined>;
  store: PackStore;
  /** Highest version seen and revocation lists: only ever raised (trustState.ts). */
  trust: TrustStore;
}

export function createPackSources(): PackSources {
  const store = openPackStore();
  const trust = openTrustStore(APP_TRUST_ROOTS);
  const known = async () => (await trust.read()).revocations;
  return {
    loadBundled: async () => openBundledPack((url, init) => fetch(url, init), { ...IMPORT_OPTIONS, allowDevKeys: true, knownRevocations: await known() }),
    loadImported: async () => {
      const bytes = await store.load();
      return bytes ? openPackFile(bytes, { ...IMPORT_OPTIONS, knownRevocations: await known() }) : undefined;
    },
    store,
    trust,
  };
}
