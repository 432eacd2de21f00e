// Issue 18, point 3: the notebook's counter lets a backup or a transfer be recognised as older than
// this notebook, and a merge or an import leaves every case it touched checking out.
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../renderer/core/backup/exportBackup';
import { exportTransfer } from '../../../renderer/core/backup/exportTransfer';
import { importTransfer } from '../../../renderer/core/backup/importTransfer';
import { mergeBackup } from '../../../renderer/core/backup/mergeBackup';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import { KINDS } from '../../../renderer/core/cases/caseSchemas';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { notebookWithCases } from '../cases/caseTestNotebook';
import { sourceOf } from './byteStreams';
import { TEST_TRANSFER } from './transferTestEnv';

const note = (text: string, at: number) => ({ v: 1, at, text });
const addNote = (session: Parameters<typeof loadCase>[0], caseId: string, text: string, at: number) =>
  saveCaseChange(
    session,
    caseId,
    { action: 'note', put: [{ kind: KINDS.note, payload: note(text, at) }] },
    () => at,
  );

describe('older than this notebook', () => {
  it('a backup made before later saves is said to be older, and the merge leaves every case checking out', async () => {
    const { session, caseIds } = await notebookWithCases([{ number: { prefix: 'GOM', year: 2026, seq: 1 } }]);
    const caseId = caseIds[0]!;
    await addNote(session, caseId, 'Avant la sauvegarde', 2000);
    const backup = (await exportBackup(session)).bytes;
    await addNote(session, caseId, 'Après la sauvegarde', 3000);
    await addNote(session, caseId, 'Encore après', 4000);
    const summary = await mergeBackup(session, sourceOf(backup), 5000);
    expect(summary.counters).toEqual({ here: 4, backup: 2, backupSavedAt: 2000 });
    // The case record changed since: kept here, the backup's version kept as a conflict copy (README, merge rule).
    expect(summary.conflicts).toBe(1);
    const after = await loadCase(session, caseId);
    expect(after.notes.map((n) => n.value.text).sort()).toEqual([
      'Après la sauvegarde',
      'Avant la sauvegarde',
      'Encore après',
    ]);
    expect(after.integrity.problems).toEqual([]);
    expect((await loadNotebook(session)).register).toMatchObject({
      counter: 4,
      registerOlder: false,
      olderCases: [],
    });
  });

  it('a note deleted on disk comes back from a backup merge, and the case checks out again', async () => {
    const { session, caseIds, env, profile } = await notebookWithCases([
      { number: { prefix: 'GOM', year: 2026, seq: 1 } },
    ]);
    const caseId = caseIds[0]!;
    await addNote(session, caseId, 'À garder', 2000);
    const backup = (await exportBackup(session)).bytes;
    const noteId = (await loadCase(session, caseId)).notes[0]!.id;
    const { openVaultDb } = await import('../../../renderer/core/vault/vaultDb');
    const db = openVaultDb(profile.id, env);
    await db.records.delete(noteId);
    db.close();
    expect((await loadCase(session, caseId)).integrity.problems.map((p) => p.kind)).toEqual(['missing']);
    const summary = await mergeBackup(session, sourceOf(backup), 5000);
    expect(summary.added).toBe(1);
    const repaired = await loadCase(session, caseId);
    expect(repaired.notes.map((n) => n.value.text)).toEqual(['À garder']);
    expect(repaired.integrity.problems).toEqual([]);
  });

  it('a transfer of a case this notebook has saved since is said to be older and changes nothing here', async () => {
    const { session, caseIds } = await notebookWithCases([{ number: { prefix: 'GOM', year: 2026, seq: 1 } }]);
    const caseId = caseIds[0]!;
    await addNote(session, caseId, 'Envoyé', 2000);
    const out = await exportTransfer(session, { caseIds: [caseId], consentConfirmed: true }, TEST_TRANSFER);
    await addNote(session, caseId, 'Écrit après l’envoi', 3000);
    const before = await loadCase(session, caseId);
    const summary = await importTransfer(session, out.bytes, out.code, TEST_TRANSFER);
    expect(summary.olderThanHere).toBe(1);
    // Merged into the case (issue 18, point 2): every version in the file is one this case already
    // has, so nothing is written, no copy is added beside it and the journal gets no entry.
    expect(summary).toMatchObject({ caseIds: [caseId], newCases: 0, mergedCases: 1 });
    expect(summary.merge).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0 });
    const after = await loadCase(session, caseId);
    expect(after.notes.map((n) => n.value.text)).toEqual(['Écrit après l’envoi', 'Envoyé']);
    expect(after.audit).toEqual(before.audit);
    expect(after.integrity.problems).toEqual([]);
    // The same file into another notebook: nothing there is newer.
    const other = await notebookWithCases([]);
    expect((await importTransfer(other.session, out.bytes, out.code, TEST_TRANSFER)).olderThanHere).toBe(0);
  });
});
