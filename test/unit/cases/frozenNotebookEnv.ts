import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { PROFILE_REGISTRY_DB } from '../../../renderer/core/vault/profileRegistry';
import { VAULT_SCHEMA, vaultDbName } from '../../../renderer/core/vault/vaultDb';
import { decodeFixture } from '../../fixtures/vault/vaultFixtureFormat';
import type { TestEnv } from '../vault/vaultTestEnv';

export const NOTEBOOK_V1_PASSPHRASE = 'Carnet gelé v1 : vingt-trois pirogues sur le lac Kivu';
export const NOTEBOOK_V1_RECOVERY_KEY = 'Q4MK-T8BC-CHE3-F591-2DPD-J2RA-CG4S-CN5C';
export const CASE_A = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
export const CASE_B = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';

export interface NotebookDump {
  schemaVersion: number;
  profileId: string;
  registry: { profiles: object[] };
  vault: { meta: object[]; records: { id: string; kind: string; caseId: string | null }[] };
}

/** Puts the frozen notebook into this test's IndexedDB under the Dexie schema it was written with. */
export async function loadFrozenNotebook(env: TestEnv): Promise<NotebookDump> {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../fixtures/vault/notebook-v1/notebook.json', import.meta.url), 'utf8'),
  );
  const dump = decodeFixture(raw) as NotebookDump;
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
