// Bad files of every kind: each refused with its own code, and the databases (every IndexedDB
// value, registry included) byte-identical before and after.
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS } from '../../../renderer/core/backup/backupLimits';
import { exportBackup } from '../../../renderer/core/backup/exportBackup';
import { exportTransfer } from '../../../renderer/core/backup/exportTransfer';
import { importTransfer } from '../../../renderer/core/backup/importTransfer';
import { mergeBackup } from '../../../renderer/core/backup/mergeBackup';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { PASSPHRASE, TEST_KDF, dumpIndexedDb, testEnv } from '../vault/vaultTestEnv';
import { badBackups } from './badFiles';
import { backupCode } from './codeOfBackup';
import { TEST_TRANSFER } from './transferTestEnv';
import { sourceOf } from './byteStreams';

async function setup() {
  const env = testEnv();
  const { session } = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  const caseId = newOpaqueId();
  await session.putRecords([
    { kind: 'case', caseId, payload: { t: 'dossier' } },
    { kind: 'note', caseId, payload: 'note' },
  ]);
  const backup = (await exportBackup(session)).bytes;
  const transfer = await exportTransfer(
    session,
    { caseIds: [caseId], consentConfirmed: true },
    TEST_TRANSFER,
  );
  // Another computer, with a notebook of its own: the restore target.
  const otherEnv = testEnv();
  const other = await createVault({ name: 'Autre', passphrase: PASSPHRASE, kdf: TEST_KDF, env: otherEnv });
  await other.session.putRecord({ kind: 'note', payload: 'autre' });
  return { env, session, backup, transfer, otherEnv, otherSession: other.session };
}

describe('bad backup and transfer files', () => {
  it('each bad backup is refused with its code by restore and by merge, changing nothing', async () => {
    const t = await setup();
    const cases = await badBackups(t.backup, t.transfer.bytes);
    const beforeHere = await dumpIndexedDb(t.env.indexedDB);
    const beforeThere = await dumpIndexedDb(t.otherEnv.indexedDB);
    const seen: string[] = [];
    for (const [label, file] of cases) {
      seen.push(`${label}: ${await backupCode(restoreBackup(sourceOf(file, 1024), 'Copie', t.otherEnv))}`);
      seen.push(`${label} (merge): ${await backupCode(mergeBackup(t.session, sourceOf(file, 1024)))}`);
      expect([label, await dumpIndexedDb(t.otherEnv.indexedDB)]).toEqual([label, beforeThere]);
      expect([label, await dumpIndexedDb(t.env.indexedDB)]).toEqual([label, beforeHere]);
    }
    expect(seen).toEqual(
      cases.flatMap(([label, , code]) => [`${label}: ${code}`, `${label} (merge): ${code}`]),
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const t = await setup();
    // Zero-filled and never touched: the length alone is checked.
    const huge = new Uint8Array(BACKUP_LIMITS.maxFileBytes + 1);
    expect(await backupCode(restoreBackup(sourceOf(huge), 'Copie', t.otherEnv))).toBe('too-large');
    expect(await backupCode(importTransfer(t.session, huge, t.transfer.code, TEST_TRANSFER))).toBe(
      'too-large',
    );
  });

  it('a backup offered as a transfer, and a damaged transfer, are refused and change nothing', async () => {
    const t = await setup();
    const before = await dumpIndexedDb(t.otherEnv.indexedDB);
    expect(await backupCode(importTransfer(t.otherSession, t.backup, t.transfer.code, TEST_TRANSFER))).toBe(
      'wrong-kind',
    );
    expect(
      await backupCode(importTransfer(t.otherSession, new Uint8Array(10), t.transfer.code, TEST_TRANSFER)),
    ).toBe('not-a-transfer');
    expect(
      await backupCode(
        importTransfer(t.otherSession, t.transfer.bytes.slice(0, 100), t.transfer.code, TEST_TRANSFER),
      ),
    ).toBe('truncated');
    const flipped = new Uint8Array(t.transfer.bytes);
    flipped[60] = flipped[60]! ^ 4;
    expect(await backupCode(importTransfer(t.otherSession, flipped, t.transfer.code, TEST_TRANSFER))).toBe(
      'corrupted',
    );
    expect(await dumpIndexedDb(t.otherEnv.indexedDB)).toEqual(before);
  });

  it('a backup whose records were forged (hash recomputed) cannot be merged', async () => {
    const t = await setup();
    const { badBackupsForged } = await import('./forged');
    const before = await dumpIndexedDb(t.env.indexedDB);
    expect(await backupCode(mergeBackup(t.session, sourceOf(await badBackupsForged(t.backup))))).toBe(
      'backup-not-authentic',
    );
    expect(await dumpIndexedDb(t.env.indexedDB)).toEqual(before);
  });
});
