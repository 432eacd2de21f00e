// A vault written by header format 1 / record format 1 / Dexie schema 1 must open in every later
// version of the app. The fixture is loaded into IndexedDB under the schema it was written with,
// then opened with today's code (which runs any Dexie upgrade since).
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PROFILE_REGISTRY_DB, listProfiles } from '../../../renderer/core/vault/profileRegistry';
import { unlockVault, unlockWithRecoveryKey } from '../../../renderer/core/vault/unlockVault';
import { VAULT_SCHEMA, vaultDbName } from '../../../renderer/core/vault/vaultDb';
import {
  decodeFixture,
  FIXTURE_CASE_ID,
  FIXTURE_PASSPHRASE,
  FIXTURE_RECORDS,
} from '../../fixtures/vault/vaultFixtureFormat';
import { codeOf } from './codeOf';
import { testEnv, type TestEnv } from './vaultTestEnv';

const FIXTURE_RECOVERY_KEY = '16WJ-4XEX-XJXH-P8HB-95RT-FHEZ-9W7S-F3MY';

interface FixtureDump {
  schemaVersion: number;
  profileId: string;
  registry: { profiles: object[] };
  vault: { meta: object[]; records: object[] };
}

async function loadFixture(env: TestEnv): Promise<FixtureDump> {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../fixtures/vault/v1-vault.json', import.meta.url), 'utf8'),
  );
  const dump = decodeFixture(raw) as FixtureDump;
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

describe('frozen v1 vault', () => {
  it('opens with its passphrase and reads every record exactly', async () => {
    const env = testEnv();
    const dump = await loadFixture(env);
    expect(await listProfiles(env)).toEqual([{ id: dump.profileId, name: 'Fixture v1' }]);
    const session = await unlockVault(dump.profileId, FIXTURE_PASSPHRASE, { env });
    const list = await session.listRecords();
    expect(list.damaged).toEqual([]);
    const byId = Object.fromEntries(list.records.map((r) => [r.id, r]));
    for (const expected of FIXTURE_RECORDS) {
      expect(byId[expected.id]).toMatchObject({
        kind: expected.kind,
        caseId: expected.caseId,
        payload: expected.payload,
      });
    }
    expect((await session.listRecords({ caseId: FIXTURE_CASE_ID, kind: 'note' })).records).toHaveLength(1);
    // Writing with today's code into the old vault works too.
    const added = await session.putRecord({ kind: 'note', caseId: FIXTURE_CASE_ID, payload: 'ajout' });
    expect((await session.getRecord(added.id)).payload).toBe('ajout');
    session.lock();
  });

  it('opens with its recovery key and refuses a wrong passphrase', async () => {
    const env = testEnv();
    const dump = await loadFixture(env);
    expect(await codeOf(unlockVault(dump.profileId, `${FIXTURE_PASSPHRASE}!`, { env }))).toBe(
      'wrong-passphrase',
    );
    const recovered = await unlockWithRecoveryKey(dump.profileId, FIXTURE_RECOVERY_KEY, { env });
    expect((await recovered.session.listRecords()).records).toHaveLength(FIXTURE_RECORDS.length);
    recovered.session.lock();
  });
});
