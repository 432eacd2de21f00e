// Seeded fuzzing (reproducible): 1,200 mutations of a valid backup and 1,000 of a valid transfer
// file (bit flips, truncations, insertions, length-field edits, byte sets; half with the file hash
// recomputed so the parser itself is reached). Each attempt either fails with a known code and
// leaves every IndexedDB value unchanged, or succeeds (a harmless change, such as a date).
import { describe, expect, it } from 'vitest';
import { isBackupError, type BackupErrorCode } from '../../../renderer/core/backup/backupError';
import { exportBackup } from '../../../renderer/core/backup/exportBackup';
import { exportTransfer } from '../../../renderer/core/backup/exportTransfer';
import { importTransfer } from '../../../renderer/core/backup/importTransfer';
import { mergeBackup } from '../../../renderer/core/backup/mergeBackup';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { removeProfile } from '../../../renderer/core/vault/profileRegistry';
import { PASSPHRASE, TEST_KDF, dumpIndexedDb, testEnv } from '../vault/vaultTestEnv';
import { mutations } from './mutations';
import { TEST_TRANSFER } from './transferTestEnv';
import { sourceOf } from './byteStreams';

const FILE_CODES: BackupErrorCode[] = [
  'not-a-backup',
  'not-a-transfer',
  'wrong-kind',
  'format-unsupported',
  'format-too-new',
  'truncated',
  'too-large',
  'corrupted',
];

async function outcome(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return 'ok';
  } catch (error) {
    if (isBackupError(error)) return error.code;
    throw error; // Anything else is a bug: a crash, a raw exception, a leak of details.
  }
}

async function setup() {
  const env = testEnv();
  const { session, profile } = await createVault({
    name: 'Bureau',
    passphrase: PASSPHRASE,
    kdf: TEST_KDF,
    env,
  });
  const caseId = newOpaqueId();
  await session.putRecords([
    { kind: 'case', caseId, payload: { t: 'dossier' } },
    { kind: 'person', caseId, payload: { n: 'x' } },
    { kind: 'note', caseId: null, payload: 'note' },
  ]);
  return { env, session, profile, caseId };
}

describe('fuzzing backup and transfer files', () => {
  it('1,200 mutated backups: merge and restore refuse with a known code and change nothing', async () => {
    const t = await setup();
    const valid = (await exportBackup(t.session)).bytes;
    const restoreEnv = testEnv();
    let here = await dumpIndexedDb(t.env.indexedDB);
    let there = await dumpIndexedDb(restoreEnv.indexedDB);
    const tally = new Map<string, number>();
    for (const m of await mutations(valid, 1200, 20261129)) {
      const merged = await outcome(mergeBackup(t.session, sourceOf(m.bytes, 61)));
      expect([...FILE_CODES, 'backup-not-authentic', 'other-vault', 'ok']).toContain(merged);
      if (merged === 'ok') here = await dumpIndexedDb(t.env.indexedDB);
      else expect(await dumpIndexedDb(t.env.indexedDB)).toEqual(here);

      const restored = await outcome(restoreBackup(sourceOf(m.bytes, 61), 'Copie', restoreEnv));
      expect([...FILE_CODES, 'ok']).toContain(restored);
      if (restored === 'ok') {
        // A valid file after all (a changed date, a damaged ciphertext that only unlocking can tell).
        await removeProfile(t.profile.id, restoreEnv);
        there = await dumpIndexedDb(restoreEnv.indexedDB);
      } else expect(await dumpIndexedDb(restoreEnv.indexedDB)).toEqual(there);
      for (const key of [`merge:${merged}`, `restore:${restored}`]) tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    // The mutations reach past the hash into the parser (not everything is 'corrupted' at the door).
    expect(tally.get('merge:truncated')).toBeGreaterThan(50);
    expect(tally.get('merge:backup-not-authentic')).toBeGreaterThan(20);
    expect(tally.get('restore:corrupted')).toBeGreaterThan(300);
  });

  it('1,000 mutated transfer files: import refuses with a known code and changes nothing', async () => {
    const t = await setup();
    const transfer = await exportTransfer(
      t.session,
      { caseIds: [t.caseId], consentConfirmed: true },
      TEST_TRANSFER,
    );
    const receiverEnv = testEnv();
    const receiver = (
      await createVault({ name: 'Bukavu', passphrase: PASSPHRASE, kdf: TEST_KDF, env: receiverEnv })
    ).session;
    const before = await dumpIndexedDb(receiverEnv.indexedDB);
    const tally = new Map<string, number>();
    for (const m of await mutations(transfer.bytes, 1000, 7)) {
      const result = await outcome(importTransfer(receiver, m.bytes, transfer.code, TEST_TRANSFER));
      expect([...FILE_CODES, 'wrong-transfer-code']).toContain(result);
      tally.set(result, (tally.get(result) ?? 0) + 1);
      expect(await dumpIndexedDb(receiverEnv.indexedDB)).toEqual(before);
    }
    expect(tally.get('wrong-transfer-code')).toBeGreaterThan(100);
  });
});
