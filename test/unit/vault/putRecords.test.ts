// putRecords / deleteRecords: several records in one transaction, all or nothing, for the case
// notebook (a case, its person and its audit entry are saved together).
import { describe, expect, it } from 'vitest';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { internalsOf } from '../../../renderer/core/vault/vaultSession';
import { codeOf } from './codeOf';
import { PASSPHRASE, TEST_KDF, testEnv } from './vaultTestEnv';

async function open() {
  const env = testEnv();
  const { session } = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  return session;
}

describe('putRecords and deleteRecords', () => {
  it('writes several records at once and removes others in the same transaction', async () => {
    const session = await open();
    const caseId = newOpaqueId();
    const old = await session.putRecord({ kind: 'note', caseId, payload: 'ancienne' });
    const metas = await session.putRecords(
      [
        { kind: 'case', caseId, payload: { n: 1 } },
        { kind: 'audit', caseId, payload: { seq: 0 } },
      ],
      { deleteIds: [old.id] },
    );
    expect(metas).toHaveLength(2);
    expect(metas[0]!.updatedAt).toBe(metas[1]!.updatedAt);
    const all = await session.listRecords({ caseId });
    expect(all.records.map((r) => r.kind).sort()).toEqual(['audit', 'case']);
    await session.deleteRecords(metas.map((m) => m.id));
    expect((await session.listRecords({ caseId })).records).toEqual([]);
  });

  it('derived records see the IVs of the rows written, and go in the same transaction (issue 18, point 9)', async () => {
    const session = await open();
    const caseId = newOpaqueId();
    const indexId = newOpaqueId();
    const [meta] = await session.putRecords([{ id: caseId, kind: 'case', caseId, payload: { n: 1 } }], {
      derived: (written) => [
        { id: indexId, kind: 'case-list', payload: written.map((w) => [w.id, Array.from(w.iv)]) },
      ],
    });
    const { db } = internalsOf(session);
    const stored = await db.records.get(caseId);
    const index = await session.getRecord<[string, number[]][]>(indexId);
    expect(index.payload).toEqual([[caseId, Array.from(stored!.iv)]]);
    expect(index.updatedAt).toBe(meta!.updatedAt);
    // A derived record that cannot be written (an id used twice) leaves nothing written.
    const other = newOpaqueId();
    const failed = session.putRecords([{ id: other, kind: 'case', caseId: other, payload: {} }], {
      derived: () => [{ id: other, kind: 'case-list', payload: {} }],
    });
    expect(await codeOf(failed)).toBe('record-invalid');
    expect(await db.records.get(other)).toBeUndefined();
  });

  it('writes nothing when one payload cannot be stored', async () => {
    const session = await open();
    const caseId = newOpaqueId();
    const attempt = session.putRecords([
      { kind: 'case', caseId, payload: { ok: true } },
      { kind: 'note', caseId, payload: () => 'not JSON' },
    ]);
    expect(await codeOf(attempt)).toBe('record-invalid');
    expect((await session.listRecords()).records).toEqual([]);
  });

  it('refuses bad ids and kinds before writing anything', async () => {
    const session = await open();
    const id = newOpaqueId();
    expect(await codeOf(session.putRecords([{ kind: 'Case data', payload: 1 }]))).toBe('record-invalid');
    expect(
      await codeOf(
        session.putRecords([
          { id, kind: 'a', payload: 1 },
          { id, kind: 'b', payload: 2 },
        ]),
      ),
    ).toBe('record-invalid');
    expect(await codeOf(session.putRecords([{ id, kind: 'a', payload: 1 }], { deleteIds: [id] }))).toBe(
      'record-invalid',
    );
    expect(await codeOf(session.deleteRecords(['Amani']))).toBe('record-invalid');
    expect((await session.listRecords()).records).toEqual([]);
  });

  it('fails as locked after lock', async () => {
    const session = await open();
    session.lock();
    expect(await codeOf(session.putRecords([{ kind: 'a', payload: 1 }]))).toBe('locked');
    expect(await codeOf(session.deleteRecords([]))).toBe('locked');
  });
  it('keeps a version time given with the record (a transfer merge), and refuses one that is not a time', async () => {
    const session = await open();
    const caseId = newOpaqueId();
    const [kept] = await session.putRecords([{ kind: 'note', caseId, payload: 'reçue', updatedAt: 1234 }]);
    expect(kept!.updatedAt).toBe(1234);
    expect((await session.getRecord(kept!.id)).updatedAt).toBe(1234);
    for (const updatedAt of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2]) {
      expect(await codeOf(session.putRecords([{ kind: 'note', caseId, payload: 'x', updatedAt }]))).toBe(
        'record-invalid',
      );
    }
    expect((await session.listRecords({ caseId })).records).toHaveLength(1);
  });
});
