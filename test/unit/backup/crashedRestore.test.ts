import { internalsOf } from '../../../renderer/core/vault/vaultSession';
// A restore cut short by a crash (power cut, killed process) is found at the next start and either
// completed or removed, and the same backup can then be restored again. Real Dexie on fake-indexeddb;
// the "crash" leaves the database exactly as the interrupted code left it (no cleanup ran).
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../renderer/core/backup/backupFile';
import { exportBackup } from '../../../renderer/core/backup/exportBackup';
import { recoverInterruptedRestores } from '../../../renderer/core/backup/recoverRestores';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import { createVault } from '../../../renderer/core/vault/createVault';
import { PROFILE_REGISTRY_DB, listProfiles } from '../../../renderer/core/vault/profileRegistry';
import { restoreVault } from '../../../renderer/core/vault/restoreVault';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { openVaultDb, vaultDbName } from '../../../renderer/core/vault/vaultDb';
import type { StoredRecord } from '../../../renderer/core/vault/recordCodec';
import { PASSPHRASE, TEST_KDF, dumpIndexedDb, testEnv } from '../vault/vaultTestEnv';
import { sourceOf } from './byteStreams';

const ROWS = 600; // more than two batches of 256

async function backupOf(records: number) {
  const env = testEnv();
  const created = await createVault({ name: 'Bureau Goma', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  await created.session.putRecords(
    Array.from({ length: records }, (_, i) => ({ kind: 'note', caseId: null, payload: { i } })),
  );
  return {
    bytes: (await exportBackup(created.session)).bytes,
    vaultId: internalsOf(created.session).vaultId,
  };
}

const databases = async (factory: IDBFactory) => (await factory.databases()).map((d) => d.name).sort();

/** Writes the first batch of rows, then hangs for ever, as a process killed mid-restore would. */
async function crashAfterFirstBatch(bytes: Uint8Array, env: ReturnType<typeof testEnv>) {
  const { header, rows } = await decodeBackup(bytes);
  let written!: () => void;
  const firstWritten = new Promise<void>((resolve) => (written = resolve));
  void restoreVault(
    'Copie',
    header,
    (async function* (): AsyncGenerator<StoredRecord[]> {
      yield rows.slice(0, 256);
      written();
      await new Promise(() => undefined);
    })(),
    env,
  );
  await firstWritten;
  await new Promise((resolve) => setTimeout(resolve, 20)); // its transaction commits
}

describe('a restore interrupted by a crash', () => {
  it('mid-rows: the next start removes the half-filled database, and the same backup restores again', async () => {
    const { bytes, vaultId } = await backupOf(ROWS);
    const env = testEnv();
    await listProfiles(env); // the registry exists, as in the app
    await crashAfterFirstBatch(bytes, env);
    expect(await databases(env.indexedDB)).toContain(vaultDbName(vaultId));
    expect(await listProfiles(env)).toEqual([]);

    // Next start.
    expect(await recoverInterruptedRestores(env)).toEqual({ completed: [], removed: [vaultId] });
    expect(await databases(env.indexedDB)).not.toContain(vaultDbName(vaultId));
    expect(await recoverInterruptedRestores(env)).toEqual({ completed: [], removed: [] });

    const profile = await restoreBackup(sourceOf(bytes), 'Copie', env);
    const session = await unlockVault(profile.id, PASSPHRASE, { env });
    expect(await internalsOf(session).db.records.count()).toBe(ROWS);
  });

  it('after the last row, before the profile: the next start completes it under the label given', async () => {
    const { bytes, vaultId } = await backupOf(12);
    const env = testEnv();
    const profile = await restoreBackup(sourceOf(bytes), 'Copie Bukavu', env);
    // Put the database back in the state a crash between the header and the registry leaves.
    const db = openVaultDb(vaultId, env);
    await db.table('meta').put({ key: 'restoring', label: 'Copie Bukavu' });
    db.close();
    const registry = new Dexie(PROFILE_REGISTRY_DB, { indexedDB: env.indexedDB, IDBKeyRange });
    registry.version(1).stores({ profiles: 'id' });
    await registry.table('profiles').delete(profile.id);
    registry.close();
    expect(await listProfiles(env)).toEqual([]);

    expect(await recoverInterruptedRestores(env)).toEqual({ completed: [vaultId], removed: [] });
    expect(await listProfiles(env)).toEqual([{ id: vaultId, name: 'Copie Bukavu' }]);
    const session = await unlockVault(vaultId, PASSPHRASE, { env });
    expect(await internalsOf(session).db.records.count()).toBe(12);
    session.lock();
    // The marker is gone: the completed notebook is an ordinary one from now on.
    const dump = await dumpIndexedDb(env.indexedDB);
    expect(JSON.stringify(dump[vaultDbName(vaultId)]?.meta)).not.toContain('restoring');
  });

  it('the same backup can be restored again directly over a crashed attempt, header or not', async () => {
    const { bytes, vaultId } = await backupOf(ROWS);
    const env = testEnv();
    await crashAfterFirstBatch(bytes, env);
    const again = await restoreBackup(sourceOf(bytes), 'Copie', env);
    expect(again.id).toBe(vaultId);
    const session = await unlockVault(vaultId, PASSPHRASE, { env });
    expect(await internalsOf(session).db.records.count()).toBe(ROWS);
    session.lock();
    // Crashed after the header, before the profile: restoring again starts over too.
    const db = openVaultDb(vaultId, env);
    await db.table('meta').put({ key: 'restoring', label: 'Copie' });
    db.close();
    const registry = new Dexie(PROFILE_REGISTRY_DB, { indexedDB: env.indexedDB, IDBKeyRange });
    registry.version(1).stores({ profiles: 'id' });
    await registry.table('profiles').delete(vaultId);
    registry.close();
    expect((await restoreBackup(sourceOf(bytes), 'Copie 2', env)).name).toBe('Copie 2');
    expect(await listProfiles(env)).toEqual([{ id: vaultId, name: 'Copie 2' }]);
  });

  it('never touches a notebook without a marker, nor one already registered', async () => {
    const env = testEnv();
    const created = await createVault({ name: 'Bureau Uvira', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    created.session.lock();
    const before = await dumpIndexedDb(env.indexedDB);
    expect(await recoverInterruptedRestores(env)).toEqual({ completed: [], removed: [] });
    expect(await dumpIndexedDb(env.indexedDB)).toEqual(before);
  });
});
