// A vault written by header format 1 / record format 1 / Dexie schema 1 must open in every later
// version of the app. The fixture is loaded into IndexedDB under the schema it was written with,
// then opened with today's code (which runs any Dexie upgrade since).
import { describe, expect, it } from 'vitest';
import { listProfiles } from '../../../renderer/core/vault/profileRegistry';
import { unlockVault, unlockWithRecoveryKey } from '../../../renderer/core/vault/unlockVault';
import {
  FIXTURE_CASE_ID,
  FIXTURE_PASSPHRASE,
  FIXTURE_RECORDS,
} from '../../fixtures/vault/vaultFixtureFormat';
import { codeOf } from './codeOf';
import { loadFrozenDump, type FrozenDump } from './loadFrozenDump';
import { testEnv, type TestEnv } from './vaultTestEnv';

const FIXTURE_RECOVERY_KEY = '16WJ-4XEX-XJXH-P8HB-95RT-FHEZ-9W7S-F3MY';

function loadFixture(env: TestEnv): Promise<FrozenDump> {
  return loadFrozenDump(env, new URL('../../fixtures/vault/v1-vault.json', import.meta.url));
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
