import { APP_TRUST_ROOTS, openBundledPack, type OpenedPack, openPackFile } from '../../core/content';
import type { PackStore, TrustStore } from '../../core/contentUpdate';
import { readImportedPack, readTrustState } from '../../core/contentUpdate/startFace';

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

/**
 * The start-up reads (the imported pack, the trust state) are plain IndexedDB gets; Dexie, which writes
 * both, is loaded at the first write (after the list is drawn), so it is not start-up code (issue 17,
 * point 8). Both read the same databases.
 */
export function createPackSources(): PackSources {
  let stores: Promise<{ store: PackStore; trust: TrustStore }> | undefined;
  const dexie = () =>
    (stores ??= import('../../core/contentUpdate').then((m) => ({
      store: m.openPackStore(),
      trust: m.openTrustStore(APP_TRUST_ROOTS),
    })));
  const store: PackStore = {
    load: () => readImportedPack(),
    save: async (bytes, packVersion, importedAt) => (await dexie()).store.save(bytes, packVersion, importedAt),
    clear: async () => (await dexie()).store.clear(),
    close: () => void stores?.then((s) => s.store.close()),
  };
  const trust: TrustStore = {
    read: () => readTrustState(),
    recordSeen: async (pack) => (await dexie()).trust.recordSeen(pack),
    acknowledgeRollback: async () => (await dexie()).trust.acknowledgeRollback(),
    close: () => void stores?.then((s) => s.trust.close()),
  };
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
