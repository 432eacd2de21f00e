// With real notebook cases (renderer/core/cases): a transfer adds "exported" to the case journal
// on the sending side, and the case arrives with a journal whose chain still verifies.
import { describe, expect, it } from 'vitest';
import { listCaseGroups } from '../../../renderer/core/backup/caseGroups';
import { exportTransfer } from '../../../renderer/core/backup/exportTransfer';
import { importTransfer } from '../../../renderer/core/backup/importTransfer';
import { recordTransferExport } from '../../../renderer/core/backup/transferLog';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { createCase } from '../../../renderer/core/cases/caseCommit';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { OTHER_PASSPHRASE, PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';
import { backupCode } from './codeOfBackup';
import { TEST_TRANSFER } from './transferTestEnv';

const FIELDS = {
  prefix: 'GOM',
  openedOn: '2026-11-02',
  incidentOn: '',
  place: { province: 'Nord-Kivu', territory: 'Masisi', site: 'Rubaya', lat: null, lon: null },
  summary: 'Enfants au puits de cassitérite',
};

describe('transfers and the case journal', () => {
  it('journals the export and keeps the chain intact on arrival', async () => {
    const { session } = await createVault({
      name: 'Goma',
      passphrase: PASSPHRASE,
      kdf: TEST_KDF,
      env: testEnv(),
    });
    const caseId = newOpaqueId();
    const loose = newOpaqueId();
    await createCase(session, caseId, { prefix: 'GOM', year: 2026, seq: 1 }, FIELDS, 1000);
    await session.putRecord({ kind: 'note', caseId: loose, payload: 'pas un dossier du carnet' });
    // The transfer screen names notebook cases by their number, other groups by short id.
    expect((await listCaseGroups(session)).map((g) => g.label ?? g.shortId)).toEqual([
      'GOM-2026-0001',
      loose.slice(0, 8),
    ]);
    const out = await exportTransfer(
      session,
      { caseIds: [caseId, loose], consentConfirmed: true, now: 5000 },
      TEST_TRANSFER,
    );
    expect(await recordTransferExport(session, out.log)).toBe(1);
    const sent = await loadCase(session, caseId);
    expect(sent.audit.map((e) => e.action)).toEqual(['created', 'exported']);
    expect((await verifyAuditChain(sent.audit, sent.file.audit)).ok).toBe(true);

    const { session: other } = await createVault({
      name: 'Bukavu',
      passphrase: OTHER_PASSPHRASE,
      kdf: TEST_KDF,
      env: testEnv(),
    });
    // The loose group's record is no notebook record (kind 'note', a bare string): the receiving
    // notebook refuses the whole file (issue 16), so only the notebook case is sent again.
    expect(await backupCode(importTransfer(other, out.bytes, out.code, TEST_TRANSFER))).toBe(
      'transfer-record-invalid',
    );
    const again = await exportTransfer(
      session,
      { caseIds: [caseId], consentConfirmed: true, now: 6000 },
      TEST_TRANSFER,
    );
    await importTransfer(other, again.bytes, again.code, TEST_TRANSFER);
    const received = await loadCase(other, caseId);
    expect(received.file.summary).toBe(FIELDS.summary);
    // The chain goes on here with the entry that seals the case under this notebook's key (issue 18).
    expect(received.audit.map((e) => e.action)).toEqual(['created', 'exported', 'imported']);
    expect((await verifyAuditChain(received.audit, received.file.audit)).ok).toBe(true);
    expect(received.integrity.problems).toEqual([]);
  });
});
