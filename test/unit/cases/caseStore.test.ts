// The case notebook on a real (fake-indexeddb) vault: create, change in one transaction, reload,
// the hash-chained journal and its tamper detection, attachments, and search inside cases.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import { addAttachment, readAttachment } from '../../../renderer/core/cases/caseAttachments';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { commitChange } from '../../../renderer/core/cases/caseCommit';
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import { enqueueCaseWrite } from '../../../renderer/core/cases/caseWriteQueue';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { KINDS, type Note } from '../../../renderer/core/cases/caseSchemas';
import { withStatus } from '../../../renderer/core/cases/caseStatus';
import { filterCases, listCaseSummaries, NO_FILTER } from '../../../renderer/core/cases/caseSummary';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { RENAMED_EXE, TINY_PDF } from '../../fixtures/attachments/attachmentFixtures';
import { notebookWithCases } from './caseTestNotebook';

const FIELDS = {
  prefix: 'GOM',
  openedOn: '2026-11-02',
  incidentOn: '',
  place: { province: 'Nord-Kivu', territory: 'Masisi', site: 'Rubaya', lat: null, lon: null },
  summary: 'Enfants au puits de cassitérite',
};

async function newCase() {
  const { env, session, caseIds } = await notebookWithCases([
    { number: { prefix: 'GOM', year: 2026, seq: 1 }, fields: FIELDS },
  ]);
  return { session, caseId: caseIds[0]!, env };
}

const note = (text: string): Note => ({ v: 1, at: 2000, text });

describe('case store', () => {
  it('creates a case, saves changes with their journal entry, and reloads them', async () => {
    const { session, caseId } = await newCase();
    let bundle = await loadCase(session, caseId);
    expect(bundle.file.status).toBe('ouvert');
    await saveCaseChange(
      session,
      caseId,
      { action: 'note', put: [{ kind: KINDS.note, payload: note('Première visite au site') }] },
      () => 2000,
    );
    await saveCaseChange(
      session,
      caseId,
      (fresh) => ({ action: 'status', file: withStatus(fresh.file, 'clos', '2026-11-20', 3000) }),
      () => 3000,
    );
    bundle = await loadCase(session, caseId);
    expect(bundle.notes.map((n) => n.value.text)).toEqual(['Première visite au site']);
    expect(bundle.file.statusHistory.map((s) => s.status)).toEqual(['ouvert', 'clos']);
    expect(bundle.audit.map((a) => a.action)).toEqual(['created', 'note', 'status']);
    expect((await verifyAuditChain(bundle.audit, bundle.file.audit)).ok).toBe(true);
    const { cases } = await listCaseSummaries(session);
    expect(cases.map((c) => c.label)).toEqual(['GOM-2026-0001']);
    expect(filterCases(cases, { ...NO_FILTER, status: 'ouvert' }, '2026-11-29')).toEqual([]);
  });

  it('lists a record that does not match its schema as damaged and keeps the rest readable', async () => {
    const { session, caseId } = await newCase();
    await session.putRecord({ kind: KINDS.note, caseId, payload: { v: 1, at: 5, text: 'ok' } });
    await session.putRecord({ kind: KINDS.note, caseId, payload: { v: 1, text: 42 } });
    // A version this app does not know yet is not damage: kept apart as written by a newer Dalili.
    await session.putRecord({ kind: KINDS.note, caseId, payload: { v: 2, text: 42 } });
    const bundle = await loadCase(session, caseId);
    expect(bundle.notes.map((n) => n.value.text)).toEqual(['ok']);
    expect(bundle.damaged.map((d) => d.kind)).toEqual([KINDS.note]);
    expect(bundle.newer.map((d) => d.kind)).toEqual([KINDS.note]);
    await expect(loadCase(session, newOpaqueId())).rejects.toThrow('case-not-found');
  });

  it('keeps the journal whole when two changes are made at once on the same copy of the case', async () => {
    const { session, caseId } = await newCase();
    const stale = await loadCase(session, caseId);
    await Promise.all([
      enqueueCaseWrite(session, caseId, (fresh) =>
        commitChange(
          session,
          fresh,
          { action: 'note', put: [{ kind: KINDS.note, payload: note('a') }] },
          2000,
        ),
      ),
      enqueueCaseWrite(session, caseId, (fresh) =>
        commitChange(
          session,
          fresh,
          { action: 'status', file: withStatus(stale.file, 'en-suivi', '2026-11-03', 2001) },
          2001,
        ),
      ),
    ]);
    const after = await loadCase(session, caseId);
    expect(after.audit.map((a) => a.action)).toEqual(['created', 'note', 'status']);
    expect((await verifyAuditChain(after.audit, after.file.audit)).ok).toBe(true);
    expect(after.file.status).toBe('en-suivi');
  });

  it('saves nothing when one record of a change cannot be stored', async () => {
    const { session, caseId } = await newCase();
    const bundle = await loadCase(session, caseId);
    const bad = saveCaseChange(
      session,
      caseId,
      {
        action: 'note',
        put: [
          { kind: KINDS.note, payload: note('ok') },
          // Passes the notebook's checks, then cannot be encrypted (JSON has no BigInt): the vault refuses it.
          { kind: KINDS.task, payload: { v: 1, title: 't', dueOn: '', done: false, n: 1n } },
        ],
      },
      () => 2000,
    );
    await expect(bad).rejects.toThrow('record-invalid');
    const after = await loadCase(session, caseId);
    expect(after.notes).toEqual([]);
    expect(after.audit).toHaveLength(1);
    expect(after.file).toEqual(bundle.file);
  });

  it('detects a changed, a removed and a truncated journal entry', async () => {
    const { session, caseId } = await newCase();
    for (let i = 0; i < 3; i++) await saveCaseChange(session, caseId, { action: 'edited' }, () => 2000 + i);
    const records = (await session.listRecords({ caseId, kind: KINDS.audit })).records as {
      id: string;
      payload: { seq: number; action: string };
    }[];
    const bySeq = (seq: number) => records.find((r) => r.payload.seq === seq)!;
    // Someone with the passphrase rewrites entry 1 ("edited" → "printed") without fixing the chain.
    await session.putRecord({
      id: bySeq(1).id,
      kind: KINDS.audit,
      caseId,
      payload: { ...bySeq(1).payload, action: 'printed' },
    });
    let b = await loadCase(session, caseId);
    expect((await verifyAuditChain(b.audit, b.file.audit)).problems).toEqual([{ kind: 'changed', seq: 1 }]);
    await session.deleteRecord(bySeq(2).id);
    b = await loadCase(session, caseId);
    // Entry 1 was rewritten, entry 2 removed; entry 3, after the gap, is not blamed.
    expect((await verifyAuditChain(b.audit, b.file.audit)).problems).toEqual([
      { kind: 'changed', seq: 1 },
      { kind: 'missing', seq: 2 },
    ]);
    await session.deleteRecord(bySeq(3).id);
    b = await loadCase(session, caseId);
    expect((await verifyAuditChain(b.audit, b.file.audit)).problems).toContainEqual({
      kind: 'truncated',
      expected: 4,
      found: 2,
    });
  });

  it('keeps attachments encrypted apart and reads them back byte for byte; refuses a renamed program', async () => {
    const { session, caseId } = await newCase();
    const add = (name: string, bytes: Uint8Array) =>
      enqueueCaseWrite(session, caseId, (fresh) => addAttachment(session, fresh, name, bytes, 2000));
    expect(await add('programme.jpg', RENAMED_EXE)).toEqual({
      ok: false,
      error: { field: 'file', code: 'file-type-unknown' },
    });
    expect(await add('pv.pdf', TINY_PDF)).toEqual({ ok: true });
    const after = await loadCase(session, caseId);
    expect(after.attachments.map((a) => [a.value.name, a.value.type, a.value.size])).toEqual([
      ['pv.pdf', 'pdf', TINY_PDF.length],
    ]);
    expect(await readAttachment(session, after.attachments[0]!.value)).toEqual(TINY_PDF);
  });

  it('searches inside cases (summary, notes, initials) with accents and prefixes', async () => {
    const { session, caseId } = await newCase();
    await saveCaseChange(
      session,
      caseId,
      {
        action: 'note',
        put: [{ kind: KINDS.note, payload: note('Le chef de chantier confisque les cartes d’électeur') }],
      },
      () => 2000,
    );
    const { index } = await loadNotebook(session);
    expect(index.search('electeur')?.ids()).toEqual([caseId]);
    expect(index.search('CASSITER gom-2026')?.ids()).toEqual([caseId]);
    expect(index.search('cassitérite Walikale')?.size).toBe(0);
    expect(index.search('  ')).toBeNull();
  });
});
