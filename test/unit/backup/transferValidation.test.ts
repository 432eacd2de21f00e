import { internalsOf } from '../../../renderer/core/vault/vaultSession';
// A transfer is sealed by another office's code: authentic to the code, not trusted. Each record is
// checked against its kind's schema, attachments against their bytes, future times clamped; and the
// ids already used here are read from the indexes, without loading any ciphertext.
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { isListBucketId } from '../../../renderer/core/cases/caseListSnapshot';
import { NOTEBOOK_STATE_ID } from '../../../renderer/core/cases/notebookState';
import { describe, expect, it, vi } from 'vitest';
import { importTransfer } from '../../../renderer/core/backup/importTransfer';
import { newTransferCode } from '../../../renderer/core/backup/transferCode';
import type { TransferRecord } from '../../../renderer/core/backup/transferContent';
import { encodeTransfer } from '../../../renderer/core/backup/transferFile';
import { toBase64 } from '../../../renderer/core/crypto/bytes';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { PASSPHRASE, TEST_KDF, dumpIndexedDb, testEnv } from '../vault/vaultTestEnv';
import { backupCode } from './codeOfBackup';
import { TEST_TRANSFER, caseFile, personPayload } from './transferTestEnv';

const NOW = 1_765_000_000_000;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);

async function receiver() {
  const env = testEnv();
  const { session } = await createVault({ name: 'Bukavu', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  return { env, session };
}

async function transferOf(records: (caseId: string) => TransferRecord[]) {
  const caseId = newOpaqueId();
  const code = newTransferCode();
  const all = [
    { id: caseId, kind: 'case', caseId, updatedAt: NOW - 1000, payload: caseFile('Dossier reçu') },
    ...records(caseId),
  ];
  const bytes = await encodeTransfer(
    { v: 1, exportedAt: NOW, consent: { confirmed: true, at: NOW }, caseIds: [caseId], records: all },
    code,
    TEST_TRANSFER,
  );
  return { bytes, code, caseId };
}

const attachment = (
  caseId: string,
  bytes: Uint8Array,
  type: string,
  size = bytes.length,
): TransferRecord[] => {
  const dataId = newOpaqueId();
  return [
    {
      id: dataId,
      kind: 'case-attachment-data',
      caseId,
      updatedAt: NOW,
      payload: { v: 1, base64: toBase64(bytes) },
    },
    {
      id: newOpaqueId(),
      kind: 'case-attachment',
      caseId,
      updatedAt: NOW,
      payload: { v: 1, name: 'photo.png', type, size, dataId, addedAt: NOW },
    },
  ];
};

describe('transfer import validation', () => {
  it.each<[string, (caseId: string) => TransferRecord[]]>([
    [
      'an unknown kind',
      (caseId) => [{ id: newOpaqueId(), kind: 'script', caseId, updatedAt: NOW, payload: { run: 'x' } }],
    ],
    [
      'a payload its kind’s schema refuses',
      (caseId) => [
        {
          id: newOpaqueId(),
          kind: 'case-person',
          caseId,
          updatedAt: NOW,
          payload: { ...personPayload('A.B.'), role: 'admin' },
        },
      ],
    ],
    [
      'an extra field in a payload',
      (caseId) => [
        {
          id: newOpaqueId(),
          kind: 'case-person',
          caseId,
          updatedAt: NOW,
          payload: { ...personPayload('A.B.'), html: '<img onerror=x>' },
        },
      ],
    ],
    [
      'a case record under another id than its case',
      (caseId) => [{ id: newOpaqueId(), kind: 'case', caseId, updatedAt: NOW, payload: caseFile('Double') }],
    ],
    ['a program described as a photo', (caseId) => attachment(caseId, EXE, 'png')],
    ['a photo of another size than described', (caseId) => attachment(caseId, PNG, 'png', PNG.length + 1)],
    ['a photo described as a PDF', (caseId) => attachment(caseId, PNG, 'pdf')],
    ['an attachment without its bytes', (caseId) => attachment(caseId, PNG, 'png').slice(1)],
    ['stray bytes that are no known file type', (caseId) => attachment(caseId, EXE, 'png').slice(0, 1)],
  ])('refuses %s, writing nothing', async (_label, records) => {
    const { env, session } = await receiver();
    const { bytes, code } = await transferOf(records);
    const before = await dumpIndexedDb(env.indexedDB);
    expect(await backupCode(importTransfer(session, bytes, code, { ...TEST_TRANSFER, now: NOW }))).toBe(
      'transfer-record-invalid',
    );
    expect(await dumpIndexedDb(env.indexedDB)).toEqual(before);
  });

  it('accepts a genuine attachment, and clamps a time from the future to now', async () => {
    const { session } = await receiver();
    const { bytes, code, caseId } = await transferOf((id) => [
      ...attachment(id, PNG, 'png'),
      {
        id: newOpaqueId(),
        kind: 'case-person',
        caseId: id,
        updatedAt: NOW + 365 * 86_400_000,
        payload: personPayload('F.M.'),
      },
    ]);
    await importTransfer(session, bytes, code, { ...TEST_TRANSFER, now: NOW });
    const { records } = await session.listRecords({ caseId });
    // The four transferred records, and the "imported" journal entry that seals the case here (issue 18).
    expect(records.map((r) => r.kind).sort()).toEqual([
      'case',
      'case-attachment',
      'case-attachment-data',
      'case-audit',
      'case-person',
    ]);
    const transferred = records.filter((r) => r.kind !== 'case' && r.kind !== 'case-audit');
    expect(Math.max(...transferred.map((r) => r.updatedAt))).toBe(NOW);
    // The case record is written again by that entry (it carries the seal), at the import's time.
    expect((records.find((r) => r.kind === 'case')?.payload as { seal?: unknown }).seal).toBeDefined();
    expect((await loadCase(session, caseId)).integrity.problems).toEqual([]);
  });

  it('collects the ids already used here without loading any record', async () => {
    const { session } = await receiver();
    await session.putRecords(
      Array.from({ length: 20 }, () => ({
        kind: 'case-note',
        caseId: newOpaqueId(),
        payload: { v: 1, at: 1, text: 'note' },
      })),
    );
    const table = internalsOf(session).db.records;
    const loads = [
      vi.spyOn(table, 'toArray'),
      vi.spyOn(table, 'get'),
      vi.spyOn(table, 'bulkGet'),
      vi.spyOn(table, 'each'),
    ];
    const { bytes, code } = await transferOf(() => []);
    await importTransfer(session, bytes, code, { ...TEST_TRANSFER, now: NOW });
    // Sealing the imported case afterwards (issue 18) reads that case, the notebook's register and
    // the case's list snapshot bucket (point 9), by their own ids; none of the twenty records already here is loaded.
    const [toArray, get, bulkGet, each] = loads;
    for (const spy of [toArray, bulkGet, each]) expect(spy).not.toHaveBeenCalled();
    const ids = new Set(get!.mock.calls.map(([id]) => (typeof id === 'string' ? id : '')));
    expect([...ids].filter((id) => id !== NOTEBOOK_STATE_ID && !isListBucketId(id))).toEqual([]);
    expect(ids.has(NOTEBOOK_STATE_ID)).toBe(true);
    expect([...ids].some(isListBucketId)).toBe(true);
  });
});
