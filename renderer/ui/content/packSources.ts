import { loadBundledPack } from '../../core/content/loadBundledPack';
import type { LoadedPack } from '../../core/content/loadPack';
import { readPackFile } from '../../core/content/packFile';
import { TRUSTED_KEYS } from '../../core/content/trustedKeys';
import { openPackStore, type PackStore } from '../../core/contentUpdate/packStore';

/** Release builds refuse imported packs signed with the (public) development key. */
export const IMPORT_OPTIONS = { trustedKeys: TRUSTED_KEYS, allowDevKeys: __ALLOW_DEV_PACKS__ } as const;

export interface PackSources {
  loadBundled: () => Promise<LoadedPack>;
  loadImported: () => Promise<LoadedPack | undefined>;
  store: PackStore;
}

export function createPackSources(): PackSources {
  const store = openPackStore();
  return {
    loadBundled: () => loadBundledPack((url, init) => fetch(url, init)),
    loadImported: async () => {
      const bytes = await store.load();
      return bytes ? readPackFile(bytes, IMPORT_OPTIONS) : undefined;
    },
    store,
  };
}
