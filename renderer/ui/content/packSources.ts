import { APP_TRUST_ROOTS, loadBundledPack, type LoadedPack, readPackFile } from '../../core/content';
import { openPackStore, openTrustStore, type PackStore, type TrustStore } from '../../core/contentUpdate';

/**
 * The roots the app trusts: release builds embed production roots only (the development root is
 * not even in their code), so a pack certified by the public development root is refused.
 */
export const IMPORT_OPTIONS = { trustedKeys: APP_TRUST_ROOTS, allowDevKeys: __ALLOW_DEV_PACKS__ } as const;

export interface PackSources {
  loadBundled: () => Promise<LoadedPack>;
  loadImported: () => Promise<LoadedPack | undefined>;
  store: PackStore;
  /** Highest version seen and revocation lists: only ever raised (trustState.ts). */
  trust: TrustStore;
}

export function createPackSources(): PackSources {
  const store = openPackStore();
  const trust = openTrustStore(APP_TRUST_ROOTS);
  const known = async () => (await trust.read()).revocations;
  return {
    loadBundled: async () => loadBundledPack((url, init) => fetch(url, init), { ...IMPORT_OPTIONS, allowDevKeys: true, knownRevocations: await known() }),
    loadImported: async () => {
      const bytes = await store.load();
      return bytes ? readPackFile(bytes, { ...IMPORT_OPTIONS, knownRevocations: await known() }) : undefined;
    },
    store,
    trust,
  };
}
