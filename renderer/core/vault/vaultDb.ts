import { Dexie, type Table } from 'dexie';
import type { StoredHeader } from './vaultHeader';
import type { StoredRecord } from './recordCodec';

/** A row of the meta table. Only the header lives there in a vault that can be opened. */
export interface MetaRow {
  key: 'header';
  header: StoredHeader;
}

/**
 * Only while a backup is restored into a new database (restoreVault): says the rows there are an
 * unfinished restore, which a later restore may throw away. It stays beside the header until the
 * profile is registered, with the label to register, so a restore cut by a crash at any point is
 * found at the next start and either completed or removed (backup/recoverRestores.ts).
 */
export interface RestoreMarker {
  key: 'restoring';
  /** The profile label the person gave; absent in markers written before issue 16. */
  label?: string;
}

/**
 * A row a merge has decided to write, parked until its one final transaction (mergeStaging.ts).
 * `expect` is what the record it replaces looked like when the merge decided: 'absent' for an
 * addition, or its updatedAt and IV; null for a new conflict copy (a fresh id).
 */
export interface StagedRow {
  seq: number;
  row: StoredRecord;
  expect: 'absent' | { updatedAt: number; iv: Uint8Array<ArrayBuffer> } | null;
}

/**
 * A re-encryption under way (reencryptVault.ts), beside the header until its final transaction: the
 * new data key wrapped under the passphrase's key-encryption key (the header's KDF salt, copied here
 * so a passphrase changed meanwhile is noticed), so the work can resume after a crash or a closed
 * window. Never a key in clear.
 */
export interface RekeyPending {
  key: 'rekey';
  kdfSalt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  wrapped: Uint8Array<ArrayBuffer>;
}

/** A record re-encrypted under the new data key, parked until the final transaction; `sourceIv` is the IV of the row it was made from. */
export interface RekeyStagedRow {
  id: string;
  sourceIv: Uint8Array<ArrayBuffer>;
  row: StoredRecord;
}

/**
 * Dexie schema history. Never edit a published entry: append a new version (with an upgrade
 * function when rows must change) so every vault written by an older app still opens. Only opaque
 * ids, kinds and timestamps are indexed; everything else is inside the ciphertext.
 */
export interface VaultSchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

export const VAULT_SCHEMA: readonly VaultSchemaVersion[] = [
  {
    version: 1,
    stores: {
      meta: 'key',
      records: 'id, kind, caseId, updatedAt, [caseId+kind]',
    },
  },
  {
    // Merges park their rows here between their streaming pass and their one write transaction,
    // so a 300 MB backup is merged all or nothing without holding it in memory. Never read as records.
    version: 2,
    stores: { staging: 'seq' },
  },
  {
    // Issue 18, point 5: "Rechiffrer le carnet" parks the re-encrypted records here, apart from a
    // merge's staging, until its one final transaction. Never read as records.
    version: 3,
    stores: { rekeyStaging: 'id' },
  },
];

export const VAULT_DB_PREFIX = 'dalili-vault-';

export function vaultDbName(profileId: string): string {
  return `${VAULT_DB_PREFIX}${profileId}`;
}

export type VaultDb = Dexie & {
  meta: Table<MetaRow, 'header'>;
  records: Table<StoredRecord, string>;
  staging: Table<StagedRow, number>;
  rekeyStaging: Table<RekeyStagedRow, string>;
};

/** Where Dexie finds IndexedDB; tests pass a fresh fake-indexeddb factory per test for isolation. */
export interface StorageEnv {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function dexieOptions(env: StorageEnv): { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } {
  return {
    ...(env.indexedDB ? { indexedDB: env.indexedDB } : {}),
    ...(env.IDBKeyRange ? { IDBKeyRange: env.IDBKeyRange } : {}),
  };
}

export function openVaultDb(
  profileId: string,
  env: StorageEnv = {},
  schema: readonly VaultSchemaVersion[] = VAULT_SCHEMA,
): VaultDb {
  const db = new Dexie(vaultDbName(profileId), dexieOptions(env)) as VaultDb;
  for (const step of schema) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}
