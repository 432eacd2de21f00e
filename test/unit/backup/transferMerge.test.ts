// Issue 18, point 2: a transfer into a notebook that already holds the case merges record by record.
// Two notebooks (Goma and Bukavu, each its own IndexedDB and keys) diverge through transfers both
// ways: Goma → Bukavu, both edit and delete, Bukavu → Goma, and back again.
import { describe, expect, it } from 'vitest';
import { CONFLICT_KIND, conflictCopySchema } from '../../../renderer/core/backup/conflictCopy';
import { listConflicts, restoreCopiedVersion } from '../../../renderer/core/backup/conflicts';
import { decodeTransfer, encodeTransfer } from '../../../renderer/core/backup/transferFile';
import { exportTransfer } from '../../../renderer/core/backup/exportTransfer';
import { importTransfer, previewTransferImport } from '../../../renderer/core/backup/importTransfer';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { KINDS, type Note, type Task } from '../../../renderer/core/cases/caseSchemas';
import { withStatus } from '../../../renderer/core/cases/caseStatus';
import { deleteCaseItem } from '../../../renderer/core/cases/deleteCaseItem';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import type { VaultSession } from '../../../renderer/core/vault';
import { createVault } from '../../../renderer/core/vault/createVault';
import { createCase } from '../../../renderer/core/cases/caseCommit';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { CASE_FIELDS, notebookWithCases } from '../cases/caseTestNotebook';
import { dumpIndexedDb, OTHER_PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';
import { backupCode } from './codeOfBackup';
import { TEST_TRANSFER } from './transferTestEnv';

const note = (text: string): Note => ({ v: 1, at: 2000, text });
const task = (title: string): Task => ({ v: 1, title, dueOn: '', done: false });

async function send(from: VaultSession, caseIds: string[]) {
  return exportTransfer(from, { caseIds, consentConfirmed: true }, TEST_TRANSFER);
}
const addNote = (s: VaultSession, caseId: string, text: string) =>
  saveCaseChange(s, caseId, { action: 'note', put: [{ kind: KINDS.note, payload: note(text) }] });
const editNote = (s: VaultSession, caseId: string, id: string, text: string) =>
  saveCaseChange(s, caseId, { action: 'note', put: [{ id, kind: KINDS.note, payload: note(text) }] });
const texts = async (s: VaultSession, caseId: string) =>
  (await loadCase(s, caseId)).notes.map((n) => n.value.text).sort();
const copies = async (s: VaultSession) =>
  (await s.listRecords({ kind: CONFLICT_KIND }, conflictCopySchema)).records.map((r) => r.payload);

/**
 * Goma opens a case with two notes and a task and sends it to Bukavu (a new case there, same ids).
 * Clocks are driven by hand so that "later" is known: each notebook's own row times.
 */
async function twoOffices() {
  const goma = await notebookWithCases([{ number: { prefix: 'GOM', year: 2026, seq: 1 } }], 'Goma');
  const caseId = goma.caseIds[0]!;
  await addNote(goma.session, caseId, 'Visite du puits');
  await addNote(goma.session, caseId, 'Entretien avec le chef de chantier');
  await addNote(goma.session, caseId, 'Témoin rencontré');
  await saveCaseChange(goma.session, caseId, {
    action: 'task',
    put: [{ kind: KINDS.task, payload: task('Appeler la DIVAS') }],
  });
  const first = await loadCase(goma.session, caseId);
  const byText = (t: string) => first.notes.find((n) => n.value.text === t)!.id;
  const ids = {
    visit: byText('Visite du puits'),
    interview: byText('Entretien avec le chef de chantier'),
    witness: byText('Témoin rencontré'),
    task: first.tasks[0]!.id,
  };
  const bukavuEnv = testEnv();
  const bukavu = (
    await createVault({ name: 'Bukavu', passphrase: OTHER_PASSPHRASE, kdf: TEST_KDF, env: bukavuEnv })
  ).session;
  const out = await send(goma.session, [caseId]);
  bukavuEnv.clock.now = goma.env.clock.now + 1000;
  await importTransfer(bukavu, out.bytes, out.code, TEST_TRANSFER);
  const later = (ms: number) => {
    goma.env.clock.now += ms;
    bukavuEnv.clock.now += ms;
  };
  return { goma: goma.session, gomaEnv: goma.env, bukavu, bukavuEnv, caseId, ids, later };
}

/** Both offices work on the case: edits of one note on both sides, deletions, additions, a summary. */
async function diverge(t: Awaited<ReturnType<typeof twoOffices>>) {
  t.later(60_000);
  await editNote(t.goma, t.caseId, t.ids.visit, 'Visite du puits (Goma)');
  await addNote(t.goma, t.caseId, 'Ajout de Goma');
  await deleteCaseItem(t.goma, t.caseId, t.ids.task, 'Tâche faite par téléphone');
  t.later(60_000);
  // Bukavu's edit of the same note is later (row time); it also deletes a note Goma never touched,
  // edits the task Goma deleted (Goma's deletion did not know that version) and the case summary.
  await editNote(t.bukavu, t.caseId, t.ids.visit, 'Visite du puits (Bukavu)');
  await editNote(t.bukavu, t.caseId, t.ids.witness, 'Témoin rencontré à Rubaya');
  await deleteCaseItem(t.bukavu, t.caseId, t.ids.interview, 'Note du mauvais dossier');
  await saveCaseChange(t.bukavu, t.caseId, {
    action: 'task',
    put: [{ id: t.ids.task, kind: KINDS.task, payload: { ...task('Appeler la DIVAS'), done: true } }],
  });
  await addNote(t.bukavu, t.caseId, 'Ajout de Bukavu');
  await saveCaseChange(t.bukavu, t.caseId, (fresh) => ({
    action: 'edited',
    file: { ...fresh.file, summary: 'Enfants au puits de Rubaya' },
  }));
}

describe('a transfer into a notebook that holds the case merges record by record', () => {
  it('shows what it will do, writes nothing until asked, then merges in one journalled commit', async () => {
    const t = await twoOffices();
    await diverge(t);
    const back = await send(t.bukavu, [t.caseId]);
    t.later(60_000);
    const before = await dumpIndexedDb(t.gomaEnv.indexedDB);
    const preview = await previewTransferImport(t.goma, back.bytes, back.code, TEST_TRANSFER);
    expect(await dumpIndexedDb(t.gomaEnv.indexedDB)).toEqual(before);
    // Updated: the witness note and the case summary, edited at Bukavu only.
    const expected = { added: 1, updated: 2, deleted: 1, conflicts: 2, closedHere: 0 };
    expect(preview).toMatchObject({ caseIds: [t.caseId], newCases: 0, mergedCases: 1, renamedIds: 0 });
    expect(preview.merge).toMatchObject(expected);
    const entriesBefore = (await loadCase(t.goma, t.caseId)).audit.length;

    const summary = await importTransfer(t.goma, back.bytes, back.code, TEST_TRANSFER);
    expect(summary.merge).toEqual(preview.merge);
    const merged = await loadCase(t.goma, t.caseId);
    // Added on either side: kept. Deleted there and untouched here: deleted. Edited on both: the
    // later edit (Bukavu's) is the note, Goma's is a flagged copy. Deleted here, edited there later:
    // the edit is the task again, the deletion a flagged copy. Edited there only: taken.
    expect(merged.notes.map((n) => n.value.text).sort()).toEqual([
      'Ajout de Bukavu',
      'Ajout de Goma',
      'Témoin rencontré à Rubaya',
      'Visite du puits (Bukavu)',
    ]);
    expect(merged.tombstones.map((s) => [s.id, s.value.reason])).toEqual([
      [t.ids.interview, 'Note du mauvais dossier'],
    ]);
    expect(merged.tasks.map((x) => [x.id, x.value.done])).toEqual([[t.ids.task, true]]);
    expect(merged.file.summary).toBe('Enfants au puits de Rubaya');
    const flagged = await copies(t.goma);
    expect(flagged.map((c) => [c.recordId, c.kind, c.side]).sort()).toEqual(
      [
        [t.ids.visit, KINDS.note, 'local'],
        [t.ids.task, KINDS.tombstone, 'local'],
      ].sort(),
    );
    expect(flagged.find((c) => c.kind === KINDS.note)?.payload).toMatchObject({
      text: 'Visite du puits (Goma)',
    });
    // Not a renamed copy beside it: one case, the same ids.
    expect((await t.goma.listRecords({ kind: KINDS.case })).records).toHaveLength(1);

    // One commit, one journal entry, binding what it wrote; the case opens intact.
    expect(merged.audit).toHaveLength(entriesBefore + 1);
    const entry = merged.audit.at(-1)!;
    expect(entry.action).toBe('merged');
    const wrote = new Set(entry.binds!.wrote.map(([id]) => id));
    for (const id of [t.ids.visit, t.ids.interview, t.ids.task, t.ids.witness])
      expect(wrote.has(id)).toBe(true);
    const added = merged.notes.find((n) => n.value.text === 'Ajout de Bukavu')!;
    expect(wrote.has(added.id)).toBe(true);
    expect(merged.integrity.problems).toEqual([]);
    expect((await verifyAuditChain(merged.audit, merged.file.audit)).ok).toBe(true);
    // Goma's replaced note is also in the note's history, as any edit leaves it.
    expect(
      merged.revisions.some(
        (r) =>
          r.value.recordId === t.ids.visit && (r.value.payload as Note).text === 'Visite du puits (Goma)',
      ),
    ).toBe(true);
  });

  it('converges: the merged case sent back changes nothing more, and a second import adds nothing', async () => {
    const t = await twoOffices();
    await diverge(t);
    const back = await send(t.bukavu, [t.caseId]);
    await importTransfer(t.goma, back.bytes, back.code, TEST_TRANSFER);
    const again = await importTransfer(t.goma, back.bytes, back.code, TEST_TRANSFER);
    expect(again.merge).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0 });
    expect(await copies(t.goma)).toHaveLength(2);

    t.later(60_000);
    const forth = await send(t.goma, [t.caseId]);
    const toBukavu = await importTransfer(t.bukavu, forth.bytes, forth.code, TEST_TRANSFER);
    // Only Goma's addition is news to Bukavu; its deletion of the task lost to Bukavu's later edit
    // already, and the copies stay where the conflict was found.
    expect(toBukavu.merge).toMatchObject({ added: 1, updated: 0, deleted: 0, conflicts: 0 });
    expect(await texts(t.bukavu, t.caseId)).toEqual(await texts(t.goma, t.caseId));
    const there = await loadCase(t.bukavu, t.caseId);
    expect(there.tasks.map((x) => x.value.done)).toEqual([true]);
    expect(there.file.summary).toBe('Enfants au puits de Rubaya');
    expect(there.integrity.problems).toEqual([]);
  });

  it('an edit and a deletion made here since an older copy left are kept when it comes back', async () => {
    const t = await twoOffices();
    const stale = await send(t.bukavu, [t.caseId]);
    t.later(60_000);
    await editNote(t.goma, t.caseId, t.ids.visit, 'Visite du puits, complétée');
    await deleteCaseItem(t.goma, t.caseId, t.ids.interview, 'Doublon');
    const summary = await importTransfer(t.goma, stale.bytes, stale.code, TEST_TRANSFER);
    expect(summary.merge).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0 });
    const bundle = await loadCase(t.goma, t.caseId);
    expect(bundle.notes.map((n) => n.value.text).sort()).toEqual([
      'Témoin rencontré',
      'Visite du puits, complétée',
    ]);
    expect(bundle.tombstones.map((s) => s.id)).toEqual([t.ids.interview]);
    expect(await copies(t.goma)).toEqual([]);
  });

  it('leaves a case closed here as it is, and says so', async () => {
    const t = await twoOffices();
    t.later(60_000);
    await addNote(t.bukavu, t.caseId, 'Ajout de Bukavu');
    const back = await send(t.bukavu, [t.caseId]);
    await saveCaseChange(t.goma, t.caseId, (fresh) => ({
      action: 'status',
      file: withStatus(fresh.file, 'clos', '2026-12-01', 5),
    }));
    const before = await t.goma.listRecords({ caseId: t.caseId });
    const summary = await importTransfer(t.goma, back.bytes, back.code, TEST_TRANSFER);
    expect(summary.merge).toMatchObject({ added: 0, closedHere: 1 });
    expect(await t.goma.listRecords({ caseId: t.caseId })).toEqual(before);
  });

  it('refuses a file whose record would overwrite another case here, writing nothing', async () => {
    const t = await twoOffices();
    const back = await send(t.bukavu, [t.caseId]);
    const content = await decodeTransfer(back.bytes, back.code, TEST_TRANSFER);
    // A second case in Goma, whose note's id the forged file reuses inside the transferred case.
    const gomaOther = await notebookCaseWithNote(t.goma);
    const forged = {
      ...content,
      records: [
        ...content.records,
        { id: gomaOther.noteId, kind: KINDS.note, caseId: t.caseId, updatedAt: 1, payload: note('Écrasé') },
      ],
    };
    const file = await encodeTransfer(forged, back.code, TEST_TRANSFER);
    const before = await dumpIndexedDb(t.gomaEnv.indexedDB);
    expect(await backupCode(importTransfer(t.goma, file, back.code, TEST_TRANSFER))).toBe(
      'transfer-record-invalid',
    );
    expect(await backupCode(previewTransferImport(t.goma, file, back.code, TEST_TRANSFER))).toBe(
      'transfer-record-invalid',
    );
    expect(await dumpIndexedDb(t.gomaEnv.indexedDB)).toEqual(before);
  });
});

describe('"use this version" on a conflict copy', () => {
  it('is one journalled commit: the case opens intact afterwards, and choosing again swaps back', async () => {
    const t = await twoOffices();
    await diverge(t);
    const back = await send(t.bukavu, [t.caseId]);
    await importTransfer(t.goma, back.bytes, back.code, TEST_TRANSFER);
    const entries = (await loadCase(t.goma, t.caseId)).audit.length;
    const goma = (await listConflicts(t.goma)).find((c) => c.payload.kind === KINDS.note)!;
    await restoreCopiedVersion(t.goma, goma);
    let bundle = await loadCase(t.goma, t.caseId);
    expect(bundle.notes.find((n) => n.id === t.ids.visit)?.value.text).toBe('Visite du puits (Goma)');
    expect(bundle.audit).toHaveLength(entries + 1);
    expect(bundle.audit.at(-1)?.binds?.wrote.map(([id]) => id)).toContain(t.ids.visit);
    expect(bundle.integrity.problems).toEqual([]);
    // The version it replaced is now the copy: choosing never loses a side.
    const swapped = (await listConflicts(t.goma)).find((c) => c.payload.kind === KINDS.note)!;
    expect(swapped.payload.payload).toMatchObject({ text: 'Visite du puits (Bukavu)' });

    // The deletion kept as a copy, chosen: the task is deleted, in a commit too.
    const deletion = (await listConflicts(t.goma)).find((c) => c.payload.kind === KINDS.tombstone)!;
    await restoreCopiedVersion(t.goma, deletion);
    bundle = await loadCase(t.goma, t.caseId);
    expect(bundle.tasks).toEqual([]);
    expect(bundle.tombstones.map((s) => s.id)).toContain(t.ids.task);
    expect(bundle.integrity.problems).toEqual([]);
    expect((await verifyAuditChain(bundle.audit, bundle.file.audit)).ok).toBe(true);
  });

  it('is refused on a closed case, with nothing changed', async () => {
    const t = await twoOffices();
    await diverge(t);
    const back = await send(t.bukavu, [t.caseId]);
    await importTransfer(t.goma, back.bytes, back.code, TEST_TRANSFER);
    await saveCaseChange(t.goma, t.caseId, (fresh) => ({
      action: 'status',
      file: withStatus(fresh.file, 'clos', '2026-12-01', 5),
    }));
    const before = await dumpIndexedDb(t.gomaEnv.indexedDB);
    const [copy] = await listConflicts(t.goma);
    expect(await backupCode(restoreCopiedVersion(t.goma, copy!))).toBe('case-closed');
    expect(await dumpIndexedDb(t.gomaEnv.indexedDB)).toEqual(before);
  });

  it('on a copy of the case record takes its fields, never its old journal anchor', async () => {
    const t = await twoOffices();
    t.later(60_000);
    await saveCaseChange(t.goma, t.caseId, (f) => ({
      action: 'edited',
      file: { ...f.file, summary: 'Résumé de Goma' },
    }));
    t.later(60_000);
    await saveCaseChange(t.bukavu, t.caseId, (f) => ({
      action: 'edited',
      file: { ...f.file, summary: 'Résumé de Bukavu' },
    }));
    const back = await send(t.bukavu, [t.caseId]);
    const summary = await importTransfer(t.goma, back.bytes, back.code, TEST_TRANSFER);
    expect(summary.merge.conflicts).toBe(1);
    expect((await loadCase(t.goma, t.caseId)).file.summary).toBe('Résumé de Bukavu');
    const copy = (await listConflicts(t.goma)).find((c) => c.payload.kind === KINDS.case)!;
    await restoreCopiedVersion(t.goma, copy);
    const bundle = await loadCase(t.goma, t.caseId);
    expect(bundle.file.summary).toBe('Résumé de Goma');
    expect(bundle.integrity.problems).toEqual([]);
    expect((await verifyAuditChain(bundle.audit, bundle.file.audit)).ok).toBe(true);
  });
});

/** A second case in the notebook with one note; its note id is what a forged file reuses. */
async function notebookCaseWithNote(session: VaultSession) {
  const caseId = newOpaqueId();
  await createCase(session, caseId, { prefix: 'GOM', year: 2026, seq: 2 }, CASE_FIELDS, 1000);
  await addNote(session, caseId, 'Note de l’autre dossier');
  return { caseId, noteId: (await loadCase(session, caseId)).notes[0]!.id };
}
