import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { PROFILE_REGISTRY_DB } from '../../../renderer/core/vault/profileRegistry';
import { VAULT_SCHEMA, vaultDbName } from '../../../renderer/core/vault/vaultDb';
import { decodeFixture } from '../../fixtures/vault/vaultFixtureFormat';
import type { TestEnv } from './vaultTestEnv';

/** What every frozen vault fixture holds: the IndexedDB rows of one notebook and of the profile registry. */
export interface FrozenDump {
  schemaVersion: number;
  profileId: string;
  registry: { profiles: object[] };
  vault: { meta: object[]; records: object[] };
}

/**
 * Puts a frozen vault (a JSON file of test/fixtures/vault/) into this test's IndexedDB under the Dexie
 * schema it was written with, so that today's code opens it as an upgraded install would.
 */
export async function loadFrozenDump<T extends FrozenDump>(env: TestEnv, fixture: URL): Promise<T> {
  const dump = decodeFixture(JSON.parse(readFileSync(fixture, 'utf8')) as unknown) as T;
  const options = { indexedDB: env.indexedDB, IDBKeyRange: env.IDBKeyRange! };
  const vault = new Dexie(vaultDbName(dump.profileId), options);
  for (const step of VAULT_SCHEMA.filter((s) => s.version <= dump.schemaVersion))
    vault.version(step.version).stores(step.stores);
  await vault.table('meta').bulkPut(dump.vault.meta);
  await vault.table('records').bulkPut(dump.vault.records);
  vault.close();
  const registry = new Dexie(PROFILE_REGISTRY_DB, options);
  registry.version(1).stores({ profiles: 'id' });
  await registry.table('profiles').bulkPut(dump.registry.profiles);
  registry.close();
  return dump;
}
