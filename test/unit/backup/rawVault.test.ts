// The vault additions backups rely on: raw reads and writes, header ownership, the caseId index,
// and restoreVault's refusals.
import { describe, expect, it } from 'vitest';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import {
  headerBelongsTo,
  readCaseIdIndex,
  readRawVault,
  sealRawRecord,
  writeRawRecords,
} from '../../../renderer/core/vault/rawVault';
import { listProfiles } from '../../../renderer/core/vault/profileRegistry';
import { restoreVault } from '../../../renderer/core/vault/restoreVault';
import { openVaultDb } from '../../../renderer/core/vault/vaultDb';
import { OTHER_PASSPHRASE, PASSPHRASE, TEST_KDF, dumpIndexedDb, testEnv } from '../vault/vaultTestEnv';
import { codeOf } from '../vault/codeOf';

async function vault(passphrase = PASSPHRASE) {
  const env = testEnv();
  return { env, ...(await createVault({ name: 'Bureau', passphrase, kdf: TEST_KDF, env })) };
}

describe('raw vault access', () => {
  it('seals with chosen metadata, writes, reads back, and lists case ids from the index', async () => {
    const { session } = await vault();
    const caseId = newOpaqueId();
    const row = await sealRawRecord(
      session,
      { id: newOpaqueId(), kind: 'note', caseId, updatedAt: 42 },
      'texte',
    );
    await writeRawRecords(session, [
      row,
      await sealRawRecord(session, { id: newOpaqueId(), kind: 'note', caseId: null, updatedAt: 43 }, 'libre'),
    ]);
    expect((await session.getRecord(row.id)).payload).toBe('texte');
    expect((await session.getRecord(row.id)).updatedAt).toBe(42);
    expect((await readRawVault(session)).rows).toHaveLength(2);
    expect(await readCaseIdIndex(session)).toEqual([caseId]);
    expect(
      await codeOf(sealRawRecord(session, { id: 'Amani', kind: 'note', caseId: null, updatedAt: 1 }, 'x')),
    ).toBe('record-invalid');
    session.lock();
    expect(await codeOf(writeRawRecords(session, [row]))).toBe('locked');
    expect(await codeOf(readRawVault(session))).toBe('locked');
  });

  it('tells its own header from another vault’s', async () => {
    const a = await vault();
    const b = await vault(OTHER_PASSPHRASE);
    expect(await headerBelongsTo(a.session, (await readRawVault(a.session)).header)).toBe(true);
    expect(await headerBelongsTo(a.session, (await readRawVault(b.session)).header)).toBe(false);
  });

  it('restoreVault leaves an existing database alone, registered or not', async () => {
    const source = await vault();
    const raw = await readRawVault(source.session);
    expect(await restoreVault('Copie', raw.header, raw.rows, source.env)).toEqual({
      restored: false,
      reason: 'vault-exists',
    });
    // A database without a registry entry (an interrupted restore): not overwritten.
    const orphanEnv = testEnv();
    const db = openVaultDb(raw.vaultId, orphanEnv);
    await db.meta.put({ key: 'header', header: raw.header });
    db.close();
    // The app lists profiles before anything else, which creates the (empty) registry database;
    // do the same here so the dump compares only what restoreVault could change.
    await listProfiles(orphanEnv);
    const before = await dumpIndexedDb(orphanEnv.indexedDB);
    expect(await restoreVault('Copie', raw.header, raw.rows, orphanEnv)).toEqual({
      restored: false,
      reason: 'vault-exists',
    });
    expect(await dumpIndexedDb(orphanEnv.indexedDB)).toEqual(before);
    expect(await codeOf(restoreVault('', raw.header, raw.rows, testEnv()))).toBe('profile-name-invalid');
  });
});
