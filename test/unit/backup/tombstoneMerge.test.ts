// Issue 18, point 2: deletions travel. Two copies of one notebook diverge (an office and the field);
// merging one's backup into the other honours tombstones both ways, keeps an edit made after a
// deletion beside it as a flagged conflict, and never brings back what a final deletion forgot.
import { describe, expect, it } from 'vitest';
import { CONFLICT_KIND, conflictCopySchema } from '../../../renderer/core/backup/conflictCopy';
import { listConflicts, restoreCopiedVersion } from '../../../renderer/core/backup/conflicts';
import { exportBackup } from '../../../renderer/core/backup/exportBackup';
import { mergeBackup } from '../../../renderer/core/backup/mergeBackup';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { createCase } from '../../../renderer/core/cases/caseCommit';
import { KINDS, type Note } from '../../../renderer/core/cases/caseSchemas';
import { withStatus } from '../../../renderer/core/cases/caseStatus';
import { deleteCaseItem, undoDeletion } from '../../../renderer/core/cases/deleteCaseItem';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import type { VaultSession } from '../../../renderer/core/vault';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { CASE_FIELDS } from '../cases/caseTestNotebook';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';
import { sourceOf } from './byteStreams';

const note = (text: string): Note => ({ v: 1, at: 2000, text });

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
  await saveCaseChange(session, caseId, {
    action: 'note',
    put: [{ kind: KINDS.note, payload: note('Visite du puits') }],
  });
  const noteId = (await loadCase(session, caseId)).notes[0]!.id;
  const field = testEnv();
  field.clock.now = office.clock.now;
  await restoreBackup(sourceOf((await exportBackup(session)).bytes), 'Terrain', field);
  const fieldSession = await unlockVault(profile.id, PASSPHRASE, { env: field });
  const later = (ms: number) => {
    office.clock.now += ms;
    field.clock.now += ms;
  };
  return { session, fieldSession, caseId, noteId, later };
}

const backupOf = async (session: VaultSession) => sourceOf((await exportBackup(session)).bytes);
const edit = (session: VaultSession, caseId: string, id: string, text: string) =>
  saveCaseChange(session, caseId, { action: 'note', put: [{ id, kind: KINDS.note, payload: note(text) }] });
/**
 * Conflict copies of the case's items. The case record itself is rewritten by every change on both
 * sides (journal anchor, search words), so the existing merge rule keeps its other side too: that copy
 * is not about deletions and is left out here.
 */
const copies = async (session: VaultSession) =>
  (await session.listRecords({ kind: CONFLICT_KIND }, conflictCopySchema)).records
    .map((r) => r.payload)
    .filter((c) => c.kind !== KINDS.case);

describe('deletions travel with backup merges', () => {
  it('a deletion in the file removes the record here when this side did not edit it', async () => {
    const t = await twoCopies();
    t.later(1000);
    await deleteCaseItem(t.fieldSession, t.caseId, t.noteId, 'Note du mauvais dossier');
    const file = await backupOf(t.fieldSession);
    await mergeBackup(t.session, file, 5);
    const bundle = await loadCase(t.session, t.caseId);
    expect(bundle.notes).toEqual([]);
    expect(bundle.tombstones.map((s) => [s.id, s.value.reason])).toEqual([
      [t.noteId, 'Note du mauvais dossier'],
    ]);
    expect(await copies(t.session)).toEqual([]);
    // And it can still be undone here, as on the side that deleted it.
    await undoDeletion(t.session, t.caseId, t.noteId);
    expect((await loadCase(t.session, t.caseId)).notes.map((n) => n.value.text)).toEqual(['Visite du puits']);
  });

  it('a deletion here stays when the file holds only the version it knew (older or unedited copy)', async () => {
    const t = await twoCopies();
    // The field edits the note first; the office receives that edit, then deletes the note.
    t.later(1000);
    await edit(t.fieldSession, t.caseId, t.noteId, 'Visite du puits de Rubaya');
    const olderFile = await backupOf(t.fieldSession);
    await mergeBackup(t.session, olderFile, 5);
    // The existing rule keeps the office's older text as a copy (rows carry no history): not a deletion matter.
    const afterFirst = await copies(t.session);
    t.later(1000);
    await deleteCaseItem(t.session, t.caseId, t.noteId, 'Doublon');
    // Merging the field's copy again (the version the deletion knew, and its older one) changes nothing.
    await mergeBackup(t.session, await backupOf(t.fieldSession), 6);
    expect(await copies(t.session)).toEqual(afterFirst);
    const bundle = await loadCase(t.session, t.caseId);
    expect(bundle.notes).toEqual([]);
    expect(bundle.tombstones.map((s) => s.id)).toEqual([t.noteId]);
  });

  it('an edit made elsewhere after the deletion keeps both: the edit as the record, the deletion as a flagged copy', async () => {
    const t = await twoCopies();
    t.later(1000);
    await deleteCaseItem(t.session, t.caseId, t.noteId, 'Plus utile');
    t.later(1000);
    await edit(t.fieldSession, t.caseId, t.noteId, 'Visite du puits : deux enfants vus');
    await mergeBackup(t.session, await backupOf(t.fieldSession), 7);
    expect((await loadCase(t.session, t.caseId)).notes.map((n) => n.value.text)).toEqual([
      'Visite du puits : deux enfants vus',
    ]);
    const [copy] = await copies(t.session);
    expect(copy).toMatchObject({
      recordId: t.noteId,
      kind: KINDS.tombstone,
      side: 'local',
      caseId: t.caseId,
    });
    expect(copy!.payload).toMatchObject({ reason: 'Plus utile' });
    // Choosing the deletion in the conflict panel deletes it again, and keeps the edit as a copy.
    const flagged = (await listConflicts(t.session)).find((c) => c.payload.kind === KINDS.tombstone)!;
    await restoreCopiedVersion(t.session, flagged, 8);
    expect((await loadCase(t.session, t.caseId)).notes).toEqual([]);
    expect((await copies(t.session)).map((c) => c.kind)).toEqual([KINDS.note]);
  });

  it('the other way round: deleted in the file, edited here later: the edit stays, the deletion is a flagged copy', async () => {
    const t = await twoCopies();
    t.later(1000);
    await deleteCaseItem(t.fieldSession, t.caseId, t.noteId, 'Erreur de saisie');
    t.later(1000);
    await edit(t.session, t.caseId, t.noteId, 'Visite du puits, suite');
    await mergeBackup(t.session, await backupOf(t.fieldSession), 9);
    expect((await loadCase(t.session, t.caseId)).notes.map((n) => n.value.text)).toEqual([
      'Visite du puits, suite',
    ]);
    expect((await copies(t.session)).map((c) => [c.kind, c.side])).toEqual([[KINDS.tombstone, 'backup']]);
    // Merging the same file again adds no second copy.
    await mergeBackup(t.session, await backupOf(t.fieldSession), 10);
    expect(await copies(t.session)).toHaveLength(1);
  });

  it('an undo is a new version: an older backup holding the deletion does not silently delete again', async () => {
    const t = await twoCopies();
    t.later(1000);
    await deleteCaseItem(t.session, t.caseId, t.noteId, 'Trop tôt');
    const withDeletion = await backupOf(t.session);
    t.later(1000);
    await undoDeletion(t.session, t.caseId, t.noteId);
    await mergeBackup(t.session, withDeletion, 11);
    expect((await loadCase(t.session, t.caseId)).notes.map((n) => n.value.text)).toEqual(['Visite du puits']);
    expect((await copies(t.session)).map((c) => c.kind)).toEqual([KINDS.tombstone]);
  });

  it('deleted on both sides stays deleted without a conflict', async () => {
    const t = await twoCopies();
    t.later(1000);
    await deleteCaseItem(t.session, t.caseId, t.noteId, 'Motif du bureau');
    await deleteCaseItem(t.fieldSession, t.caseId, t.noteId, 'Motif du terrain');
    await mergeBackup(t.session, await backupOf(t.fieldSession), 12);
    expect(await copies(t.session)).toEqual([]);
    const bundle = await loadCase(t.session, t.caseId);
    expect(bundle.notes).toEqual([]);
    expect(bundle.tombstones.map((s) => s.value.reason)).toEqual(['Motif du bureau']);
  });

  it('a final deletion (case closed) keeps the old versions out: an older backup does not bring them back', async () => {
    const t = await twoCopies();
    t.later(1000);
    await edit(t.session, t.caseId, t.noteId, 'Visite du puits (corrigée)');
    const before = await backupOf(t.session);
    t.later(1000);
    await deleteCaseItem(t.session, t.caseId, t.noteId, 'Mauvais dossier');
    await saveCaseChange(t.session, t.caseId, (f) => ({
      action: 'status',
      file: withStatus(f.file, 'clos', '2026-11-20', 9000),
    }));
    await mergeBackup(t.session, before, 13);
    const all = JSON.stringify(
      (await t.session.listRecords({ caseId: t.caseId })).records.map((r) => r.payload),
    );
    expect(all).not.toContain('Visite du puits');
    expect((await loadCase(t.session, t.caseId)).notes).toEqual([]);
  });
});
