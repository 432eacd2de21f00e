import { internalsOf } from '../../../renderer/core/vault/vaultSession';
import { describe, expect, it } from 'vitest';
import { createVault } from '../../../renderer/core/vault/createVault';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { openVaultDb, VAULT_SCHEMA, type VaultSchemaVersion } from '../../../renderer/core/vault/vaultDb';
import { PASSPHRASE, TEST_KDF, testEnv } from './vaultTestEnv';

describe('Dexie schema history', () => {
  it('starts at version 1 and only indexes opaque fields; version 2 adds the merge staging store, 3 the re-encryption one', () => {
    expect(VAULT_SCHEMA.map((s) => s.version)).toEqual([1, 2, 3]);
    expect(VAULT_SCHEMA[0]!.stores.records).toBe('id, kind, caseId, updatedAt, [caseId+kind]');
    expect(VAULT_SCHEMA[1]!.stores).toEqual({ staging: 'seq' });
    expect(VAULT_SCHEMA[2]!.stores).toEqual({ rekeyStaging: 'id' });
  });

  it('upgrading a version 1 database to the current version keeps every row byte for byte', async () => {
    const env = testEnv();
    const { profile, session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    session.lock();
    // Rewrite the database as an app with only version 1 would have left it.
    const version1 = [VAULT_SCHEMA[0]!];
    await openVaultDb(profile.id, env).delete();
    const old = openVaultDb(profile.id, env, version1);
    const fresh = await createVault({ name: 'Q', passphrase: PASSPHRASE, kdf: TEST_KDF, env: testEnv() });
    await fresh.session.putRecords([
      { kind: 'note', payload: 'avant' },
      { kind: 'person', caseId: null, payload: { n: 'x' } },
    ]);
    const header = (await internalsOf(fresh.session).db.meta.get('header'))!;
    const filled = await internalsOf(fresh.session).db.records.toArray();
    await old.meta.put(header);
    await old.records.bulkPut(filled);
    const before = { meta: await old.meta.toArray(), records: await old.records.toArray() };
    expect(old.verno).toBe(1);
    old.close();

    const upgraded = openVaultDb(profile.id, env);
    expect({ meta: await upgraded.meta.toArray(), records: await upgraded.records.toArray() }).toEqual(
      before,
    );
    expect(upgraded.verno).toBe(3);
    expect(await upgraded.staging.count()).toBe(0);
    expect(await upgraded.rekeyStaging.count()).toBe(0);
    upgraded.close();
  });

  it('runs an appended version upgrade on an existing vault without touching ciphertexts', async () => {
    const env = testEnv();
    const { profile, session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const meta = await session.putRecord({ kind: 'note', payload: 'avant migration' });
    session.lock();

    // A future version would append an entry like this one.
    let upgraded = 0;
    const future: VaultSchemaVersion = {
      version: 4,
      stores: { records: 'id, kind, caseId, updatedAt, [caseId+kind], format' },
      upgrade: async (tx) => {
        upgraded = await tx.table('records').count();
      },
    };
    const db = openVaultDb(profile.id, env, [...VAULT_SCHEMA, future]);
    expect(await db.table('records').where('format').equals(1).count()).toBe(1);
    db.close();
    expect(upgraded).toBe(1);

    // Dexie 4 opens a database whose installed version is higher than declared, so an older app
    // still reads a vault a newer app has re-indexed; semantic changes are guarded by the header
    // and record format numbers instead ('vault-too-new', 'unknown-format').
    const reopened = await unlockVault(profile.id, PASSPHRASE, { env });
    expect((await reopened.getRecord(meta.id)).payload).toBe('avant migration');
    reopened.lock();
  });
});
