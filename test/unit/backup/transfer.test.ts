// Case transfer between offices: chosen cases re-encrypted under a one-time code, consent required
// and logged, imported into another vault under its own key, new ids only on collision.
import { describe, expect, it } from 'vitest';
import { exportTransfer } from '../../../renderer/core/backup/exportTransfer';
import { importTransfer } from '../../../renderer/core/backup/importTransfer';
import {
  TRANSFER_LOG_KIND,
  recordTransferExport,
  transferLogSchema,
} from '../../../renderer/core/backup/transferLog';
import { decodeTransfer, encodeTransfer } from '../../../renderer/core/backup/transferFile';
import { KDF_FLOOR } from '../../../renderer/core/crypto/kdfParams';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import {
  OTHER_PASSPHRASE,
  PASSPHRASE,
  TEST_KDF,
  containsBytes,
  dumpIndexedDb,
  testEnv,
} from '../vault/vaultTestEnv';
import { backupCode } from './codeOfBackup';
import { TEST_TRANSFER, caseFile, personPayload, referralPayload } from './transferTestEnv';
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';

async function offices() {
  const goma = await createVault({ name: 'Goma', passphrase: PASSPHRASE, kdf: TEST_KDF, env: testEnv() });
  const bukavuEnv = testEnv();
  const bukavu = await createVault({
    name: 'Bukavu',
    passphrase: OTHER_PASSPHRASE,
    kdf: TEST_KDF,
    env: bukavuEnv,
  });
  const chosen = newOpaqueId();
  const other = newOpaqueId();
  const personId = newOpaqueId();
  const [caseRec, person] = await goma.session.putRecords([
    // As the case notebook does: the case record's id is its case id.
    { id: chosen, kind: 'case', caseId: chosen, payload: caseFile('Mine de Rubaya') },
    { id: personId, kind: 'case-person', caseId: chosen, payload: personPayload('Furaha M.') },
    { kind: 'case-referral', caseId: chosen, payload: referralPayload(personId) },
    { id: other, kind: 'case', caseId: other, payload: caseFile('Autre dossier') },
  ]);
  return {
    goma: goma.session,
    bukavu: bukavu.session,
    bukavuEnv,
    chosen,
    other,
    ids: { caseRec: caseRec!.id, person: person!.id },
  };
}

describe('case transfer', () => {
  it('exports only the chosen cases, under a one-time code, and imports them elsewhere', async () => {
    const t = await offices();
    const out = await exportTransfer(
      t.goma,
      { caseIds: [t.chosen], consentConfirmed: true, now: 1_760_000_000_000 },
      TEST_TRANSFER,
    );
    expect(out.recordCount).toBe(3);
    expect(out.code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(out.suggestedName).toBe('dalili-transfert-2025-10-09.dalili-transfer');
    for (const text of ['Rubaya', 'Furaha', 'Autre dossier', t.chosen])
      expect(containsBytes(out.bytes, new TextEncoder().encode(text))).toBe(false);

    const summary = await importTransfer(
      t.bukavu,
      out.bytes,
      out.code.toLowerCase().replace(/-/g, ' '),
      TEST_TRANSFER,
    );
    expect(summary).toEqual({
      caseIds: [t.chosen],
      recordCount: 3,
      renamedIds: 0,
      olderThanHere: 0,
      newCases: 1,
      mergedCases: 0,
      merge: { added: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0, closedHere: 0 },
    });
    const imported = await t.bukavu.listRecords({ caseId: t.chosen });
    // The case record is written again by its "imported" journal entry, which seals it here (issue 18).
    expect(imported.records.map((r) => r.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ summary: caseFile('Mine de Rubaya').summary, v: RECORD_VERSIONS.case }),
        personPayload('Furaha M.'),
        expect.objectContaining({ action: 'imported' }),
      ]),
    );
    expect((await t.bukavu.listRecords({ caseId: t.other })).records).toEqual([]);
    const [log] = (await t.bukavu.listRecords({ kind: TRANSFER_LOG_KIND }, transferLogSchema)).records;
    expect(log?.payload).toMatchObject({
      direction: 'import',
      recordCount: 3,
      consent: { confirmed: true, at: 1_760_000_000_000 },
    });
  });

  it('records the export with its consent once saved', async () => {
    const t = await offices();
    const out = await exportTransfer(t.goma, { caseIds: [t.chosen], consentConfirmed: true }, TEST_TRANSFER);
    await recordTransferExport(t.goma, out.log);
    const [log] = (await t.goma.listRecords({ kind: TRANSFER_LOG_KIND }, transferLogSchema)).records;
    expect(log?.payload).toMatchObject({
      direction: 'export',
      caseIds: [t.chosen],
      recordCount: 3,
      consent: { confirmed: true },
    });
  });

  it('gives new ids only on collision, and follows them inside payloads', async () => {
    const t = await offices();
    const out = await exportTransfer(t.goma, { caseIds: [t.chosen], consentConfirmed: true }, TEST_TRANSFER);
    // Back into the vault it came from, whose case record is gone: the file's case cannot be merged
    // into it (issue 18: a case still here is merged, transferMerge.test.ts), so it is added beside,
    // and every id collides with what is left.
    await t.goma.deleteRecords([t.chosen]);
    const summary = await importTransfer(t.goma, out.bytes, out.code, TEST_TRANSFER);
    expect(summary.renamedIds).toBe(3);
    const newCase = summary.caseIds[0]!;
    expect(newCase).not.toBe(t.chosen);
    const copies = await t.goma.listRecords({ caseId: newCase });
    // The three records, and the "imported" journal entry that seals the copy here (issue 18).
    expect(copies.records).toHaveLength(4);
    const newPerson = copies.records.find((r) => r.kind === 'case-person')!.id;
    expect(newPerson).not.toBe(t.ids.person);
    expect(copies.records.map((r) => r.payload)).toContainEqual(referralPayload(newPerson));
    // The case record keeps the notebook's rule: its id is its (new) case id.
    expect(copies.records.find((r) => r.kind === 'case')?.id).toBe(newCase);
    expect(copies.records.every((r) => r.id !== t.ids.caseRec && r.id !== t.ids.person)).toBe(true);
    expect((await t.goma.listRecords({ caseId: t.chosen })).records).toHaveLength(2);
  });

  it('refuses without consent, without a selection, and with a wrong or mistyped code, changing nothing', async () => {
    const t = await offices();
    expect(
      await backupCode(
        exportTransfer(t.goma, { caseIds: [t.chosen], consentConfirmed: false }, TEST_TRANSFER),
      ),
    ).toBe('consent-required');
    expect(
      await backupCode(exportTransfer(t.goma, { caseIds: [], consentConfirmed: true }, TEST_TRANSFER)),
    ).toBe('nothing-selected');
    expect(
      await backupCode(
        exportTransfer(t.goma, { caseIds: [newOpaqueId()], consentConfirmed: true }, TEST_TRANSFER),
      ),
    ).toBe('nothing-selected');
    const out = await exportTransfer(t.goma, { caseIds: [t.chosen], consentConfirmed: true }, TEST_TRANSFER);
    const before = await dumpIndexedDb(t.bukavuEnv.indexedDB);
    const mistyped = out.code.slice(0, -1) + (out.code.endsWith('0') ? '1' : '0');
    expect(await backupCode(importTransfer(t.bukavu, out.bytes, mistyped, TEST_TRANSFER))).toBe(
      'transfer-code-mistyped',
    );
    expect(await backupCode(importTransfer(t.bukavu, out.bytes, 'pas un code', TEST_TRANSFER))).toBe(
      'transfer-code-malformed',
    );
    const otherCode = (
      await exportTransfer(t.goma, { caseIds: [t.other], consentConfirmed: true }, TEST_TRANSFER)
    ).code;
    expect(await backupCode(importTransfer(t.bukavu, out.bytes, otherCode, TEST_TRANSFER))).toBe(
      'wrong-transfer-code',
    );
    expect(await dumpIndexedDb(t.bukavuEnv.indexedDB)).toEqual(before);
  });

  it('writes at the production floor by default and refuses files below it', async () => {
    const content = {
      v: 1 as const,
      exportedAt: 1,
      consent: { confirmed: true as const, at: 1 },
      caseIds: [newOpaqueId()],
      records: [],
    };
    const weak = await encodeTransfer(content, 'X', TEST_TRANSFER);
    expect(await backupCode(decodeTransfer(weak, 'X', { kdfRunner: TEST_TRANSFER.kdfRunner }))).toBe(
      'corrupted',
    );
    const header = JSON.parse(
      new TextDecoder().decode(weak.subarray(24, 24 + new DataView(weak.buffer).getUint32(12))),
    ) as { kdf: { memoryKiB: number } };
    expect(header.kdf.memoryKiB).toBe(TEST_TRANSFER.cost!.memoryKiB);
    expect(KDF_FLOOR).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
  });
});
