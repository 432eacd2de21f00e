// Files written by the first version (test/fixtures/backup, never regenerated) must keep working.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTransfer } from '../../../renderer/core/backup/importTransfer';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import { createVault } from '../../../renderer/core/vault/createVault';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { FROZEN } from '../../fixtures/backup/frozenBackup';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';
import { TEST_TRANSFER } from './transferTestEnv';
import { sourceOf } from './byteStreams';

const file = (name: string) => new Uint8Array(readFileSync(`test/fixtures/backup/${name}`));
const expected = FROZEN.records.map((r) => ({ ...r, updatedAt: FROZEN.updatedAt })).sort((a, b) => a.id.localeCompare(b.id));

describe('frozen v1 files', () => {
  it('the v1 backup restores and opens with its passphrase', async () => {
    const env = testEnv();
    const profile = await restoreBackup(sourceOf(file('v1.dalili-backup')), 'Gel', env);
    const session = await unlockVault(profile.id, FROZEN.passphrase, { env });
    const { records, damaged } = await session.listRecords();
    expect(damaged).toEqual([]);
    expect(records.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
  });

  it('the v1 transfer imports with its code', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'Réception', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const summary = await importTransfer(session, file('v1.dalili-transfer'), FROZEN.transferCode, TEST_TRANSFER);
    expect(summary).toEqual({ caseIds: [FROZEN.caseId], recordCount: 2, renamedIds: 0 });
    const { records } = await session.listRecords({ caseId: FROZEN.caseId });
    expect(records.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.filter((r) => r.caseId === FROZEN.caseId));
  });
});
