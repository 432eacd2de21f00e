import type { TrustState } from './trustState';

// The two reads the start-up needs before the library's list, the imported pack's bytes and the trust
// state, without Dexie (100 KB of start-up code, issue 17, point 8): one plain IndexedDB get each, on the
// very databases packStore.ts and trustState.ts write with Dexie (a Dexie table is an object store of the
// same name, its primary key the store's key path). Writes stay with Dexie, loaded when first needed.

/** One record by key, or undefined when the database, the store or the record does not exist. */
export function getStored(
  databaseName: string,
  storeName: string,
  key: string,
  factory: IDBFactory = indexedDB,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // Opened without a version: an existing database opens as it is, whatever Dexie made it.
    const opening = factory.open(databaseName);
    opening.onupgradeneeded = () => {
      // The database did not exist: aborting leaves it uncreated, for Dexie to create with its schema.
      opening.transaction?.abort();
    };
    opening.onerror = (event) => {
      // The abort above, or an unreadable database: nothing is stored there for us.
      event.preventDefault();
      resolve(undefined);
    };
    opening.onblocked = () => resolve(undefined);
    opening.onsuccess = () => {
      const db = opening.result;
      // Dexie may upgrade this database later (another window): this short read never holds it up.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains(storeName)) {
        db.close();
        resolve(undefined);
        return;
      }
      try {
        const request = db.transaction(storeName, 'readonly').objectStore(storeName).get(key);
        request.onsuccess = () => {
          db.close();
          resolve(request.result as unknown);
        };
        request.onerror = () => {
          db.close();
          reject(request.error ?? new Error('indexeddb-read-failed'));
        };
      } catch (error) {
        db.close();
        reject(error instanceof Error ? error : new Error('indexeddb-read-failed'));
      }
    };
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The imported pack's signed bytes (packStore.ts's `load()`), verified again by whoever opens them. */
export async function readImportedPack(
  name = 'dalili-content',
  factory?: IDBFactory,
): Promise<Uint8Array | undefined> {
  const row = await getStored(name, 'packs', 'imported', factory);
  return isObject(row) && row.bytes instanceof Uint8Array ? row.bytes : undefined;
}

/** The trust state (trustState.ts's `read()`): the highest version seen and the revocation lists kept. */
export async function readTrustState(name = 'dalili-trust', factory?: IDBFactory): Promise<TrustState> {
  const row = await getStored(name, 'state', 'state', factory);
  if (!isObject(row) || typeof row.highestPackVersion !== 'number' || !Array.isArray(row.revocations)) {
    return { highestPackVersion: 0, revocations: [] };
  }
  return {
    highestPackVersion: row.highestPackVersion,
    // Each list is re-verified wherever it is used (checkChain, verifyRevocations): kept as stored.
    revocations: row.revocations as TrustState['revocations'],
    ...(typeof row.acknowledged === 'number' ? { acknowledged: row.acknowledged } : {}),
  };
}
