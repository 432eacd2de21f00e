// Issue 18, point 1: a whole case deleted with a reason and its number typed again; it leaves the list,
// can be restored for UNDO_DAYS (journalled « Dossier restauré »), is read-only meanwhile, and is purged
// at the first unlock after that, leaving only a case-level tombstone. Two copies of one notebook
// diverging show the deletion travelling with backup merges. Real WebCrypto, Dexie on fake IndexedDB.
import { describe, expect, it } from 'vitest';
import { CONFLICT_KIND, conflictCopySchema } from '../../../renderer/core/backup/conflictCopy';
import { exportBackup } from '../../../renderer/core/backup/exportBackup';
import { mergeBackup } from '../../../renderer/core/backup/mergeBackup';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { createCase } from '../../../renderer/core/cases/caseCommit';
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import { KINDS, type CaseFile, type Note } from '../../../renderer/core/cases/caseSchemas';
import { withStatus } from '../../../renderer/core/cases/caseStatus';
import {
  deleteCase,
  purgeDeletedCases,
  restoreCase,
  validateCaseDeletion,
} from '../../../renderer/core/cases/deleteCase';
import { decodeCaseRecord } from '../../../renderer/core/cases/decodeCaseRecord';
import { UNDO_MS } from '../../../renderer/core/cases/recordHistorySchemas';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import type { VaultSession } from '../../../renderer/core/vault';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { sourceOf } from '../backup/byteStreams';
import { CASE_FIELDS } from './caseTestNotebook';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';

const NUMBER = 'GOM-2026-0001';
const note = (text: string): Note => ({ v: 1, at: 2000, text });
const addNote = (session: VaultSession, caseId: string, text: string) =>
  saveCaseChange(session, caseId, { action: 'note', put: [{ kind: KINDS.note, payload: note(text) }] });

/** One notebook with a case and a note, copied to a second computer by backup and restore. */
async function twoCopies() {
  const office = testEnv();
  const { session, profile } = await createVault({
    name: 'Bureau',
    passphrase: PASSPHRASE,
    kdf: TEST_KDF,
    env: office,
  });
  const caseId = newOpaqueId();
  await createCase(session, caseId, { prefix: 'GOM', year: 2026, seq: 1 }, CASE_FIELDS, 1000);
  await addNote(session, caseId, 'Visite du puits de Luhihi');
  const field = testEnv();
  field.clock.now = office.clock.now;
  await restoreBackup(sourceOf((await exportBackup(session)).bytes), 'Terrain', field);
  const fieldSession = await unlockVault(profile.id, PASSPHRASE, { env: field });
  return { session, fieldSession, caseId, office, field };
}
const backupOf = async (session: VaultSession) => sourceOf((await exportBackup(session)).bytes);
const caseCopies = async (session: VaultSession) =>
  (await session.listRecords({ kind: CONFLICT_KIND }, conflictCopySchema)).records
    .map((r) => r.payload)
    .filter((c) => c.kind === KINDS.case);

describe('deleting a whole case', () => {
  it('asks for a reason and the case number typed again, and writes nothing otherwise', async () => {
    const { session, caseId } = await twoCopies();
    const bundle = await loadCase(session, caseId);
    expect(validateCaseDeletion(bundle, '', 'GOM-2026-0002')).toEqual({
      ok: false,
      errors: [
        { field: 'reason', code: 'required' },
        { field: 'confirmNumber', code: 'number-mismatch' },
      ],
    });
    // Letter case and spaces do not matter; the number itself does.
    expect(validateCaseDeletion(bundle, 'Doublon', ' gom-2026-0001 ')).toEqual({
      ok: true,
      value: 'Doublon',
    });
    await expect(deleteCase(session, caseId, 'Doublon', 'GOM-2026-0010')).rejects.toThrow('record-invalid');
    expect((await loadNotebook(session)).cases.has(caseId)).toBe(true);
  });

  it('leaves the list, stays whole and read-only, and is restored with its journal saying so', async () => {
    const { session, caseId } = await twoCopies();
    await deleteCase(session, caseId, 'Dossier ouvert en double', NUMBER, () => 50_000);
    const notebook = await loadNotebook(session);
    expect(notebook.cases.has(caseId)).toBe(false);
    expect(notebook.index.search('Luhihi')?.ids() ?? []).not.toContain(caseId);
    expect(notebook.deleted.get(caseId)).toMatchObject({
      label: NUMBER,
      reason: 'Dossier ouvert en double',
      deletedAt: 50_000,
    });
    expect(notebook.register.missingCases).toBe(0);
    await expect(addNote(session, caseId, 'Encore une note')).rejects.toThrow('case-deleted');
    await expect(restoreCase(session, caseId, () => 50_000 + UNDO_MS + 1)).rejects.toThrow('undo-expired');

    await restoreCase(session, caseId, () => 60_000);
    const bundle = await loadCase(session, caseId);
    expect(bundle.file.deleted).toBeUndefined();
    expect(bundle.notes.map((n) => n.value.text)).toEqual(['Visite du puits de Luhihi']);
    expect(bundle.audit.map((e) => e.action).slice(-2)).toEqual(['case-deleted', 'case-restored']);
    expect((await verifyAuditChain(bundle.audit, bundle.file.audit)).ok).toBe(true);
    expect(bundle.integrity.problems).toEqual([]);
    expect((await loadNotebook(session)).cases.has(caseId)).toBe(true);
  });

  it('is refused while the case is closed: it is reopened first', async () => {
    const { session, caseId } = await twoCopies();
    await saveCaseChange(session, caseId, (f) => ({
      action: 'status',
      file: withStatus(f.file, 'clos', '2026-11-05', 9000),
    }));
    await expect(deleteCase(session, caseId, 'Doublon', NUMBER)).rejects.toThrow('case-not-open');
    expect((await loadCase(session, caseId)).file.deleted).toBeUndefined();
  });

  it('is purged at the first unlock after the period: every record gone, a tombstone left, no alarm', async () => {
    const { session, caseId } = await twoCopies();
    const before = await backupOf(session);
    await deleteCase(session, caseId, 'Créé par erreur', NUMBER, () => 50_000);
    // Not yet due: nothing purged.
    expect(await purgeDeletedCases(session, [{ caseId, deletedAt: 50_000 }], 50_000 + UNDO_MS)).toEqual([]);
    expect(await purgeDeletedCases(session, [{ caseId, deletedAt: 50_000 }], 50_000 + UNDO_MS + 1)).toEqual([
      caseId,
    ]);
    const left = await session.listRecords({ caseId });
    expect(left.damaged).toEqual([]);
    expect(left.records.map((r) => [r.id, r.kind])).toEqual([[caseId, KINDS.tombstone]]);
    const stone = decodeCaseRecord(KINDS.tombstone, left.records[0]!.payload);
    expect(stone.ok && [stone.value.kind, stone.value.reason, stone.value.last]).toEqual([
      KINDS.case,
      'Créé par erreur',
      undefined,
    ]);
    const notebook = await loadNotebook(session);
    expect(notebook.deleted.size + notebook.cases.size).toBe(0);
    expect(notebook.register.missingCases).toBe(0);
    await expect(loadCase(session, caseId)).rejects.toThrow();

    // A backup from before the deletion does not bring the case, or any of its records, back.
    await mergeBackup(session, before, 70_000 + UNDO_MS);
    const after = await session.listRecords({ caseId });
    expect(after.records.map((r) => r.kind)).toEqual([KINDS.tombstone]);
    const again = await loadNotebook(session);
    expect(again.cases.size + again.deleted.size).toBe(0);
    expect(again.register.missingCases).toBe(0);
  });
});

describe('a case deletion travels with backup merges (two copies diverging)', () => {
  it('deleted in the field, untouched at the office: deleted at the office too, and stays deleted both ways', async () => {
    const t = await twoCopies();
    t.field.clock.now += 1000;
    await deleteCase(t.fieldSession, t.caseId, 'Doublon du dossier de Kalehe', NUMBER);
    await mergeBackup(t.session, await backupOf(t.fieldSession), 5);
    let office = await loadNotebook(t.session);
    expect(office.cases.has(t.caseId)).toBe(false);
    expect(office.deleted.get(t.caseId)?.reason).toBe('Doublon du dossier de Kalehe');
    expect(await caseCopies(t.session)).toEqual([]);
    // The office's own older copy, merged back into the field, does not undo the deletion.
    await mergeBackup(t.fieldSession, await backupOf(t.session), 6);
    expect((await loadNotebook(t.fieldSession)).cases.has(t.caseId)).toBe(false);
    // And it can be restored where it arrived, like where it was made.
    await restoreCase(t.session, t.caseId);
    office = await loadNotebook(t.session);
    expect(office.cases.has(t.caseId)).toBe(true);
  });

  it('edited at the office after the field deleted it: the edit is kept, the deletion flagged as a conflict', async () => {
    const t = await twoCopies();
    t.field.clock.now += 1000;
    await deleteCase(t.fieldSession, t.caseId, 'Plus utile', NUMBER);
    // The office did not see the deletion, and wrote in the case: whatever the clocks say, that came after.
    t.office.clock.now -= 50_000;
    await addNote(t.session, t.caseId, 'Nouvelle audition au bureau');
    await mergeBackup(t.fieldSession, await backupOf(t.session), 7);
    const field = await loadNotebook(t.fieldSession);
    expect(field.cases.has(t.caseId)).toBe(true);
    expect(field.deleted.has(t.caseId)).toBe(false);
    const bundle = await loadCase(t.fieldSession, t.caseId);
    expect(bundle.notes.map((n) => n.value.text).sort()).toEqual([
      'Nouvelle audition au bureau',
      'Visite du puits de Luhihi',
    ]);
    const flagged = await caseCopies(t.fieldSession);
    expect(flagged).toHaveLength(1);
    expect((flagged[0]!.payload as CaseFile).deleted?.reason).toBe('Plus utile');
    expect(flagged[0]!.side).toBe('local');

    // The other way round: the field's deletion merged into the office that edited after it.
    await mergeBackup(t.session, await backupOf(t.fieldSession), 8);
    expect((await loadNotebook(t.session)).cases.has(t.caseId)).toBe(true);
  });
});
