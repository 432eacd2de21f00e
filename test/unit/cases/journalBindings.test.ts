// Issue 18, point 3: the journal proves what was written. Every test tampers with the stored
// Dexie rows directly (as someone with the disk and no passphrase could: delete a row, put back an
// older row that still decrypts, roll a whole case or the notebook's register back) and shows that
// opening the case, or the notebook, says what is missing or older.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import { KINDS } from '../../../renderer/core/cases/caseSchemas';
import { NOTEBOOK_STATE_ID } from '../../../renderer/core/cases/notebookState';
import { recordDigest } from '../../../renderer/core/cases/recordDigest';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { createVaultService, keyedDigest } from '../../../renderer/core/vault';
import type { StoredRecord } from '../../../renderer/core/vault/recordCodec';
import { openVaultDb } from '../../../renderer/core/vault/vaultDb';
import { PASSPHRASE, testEnv, type TestEnv } from '../vault/vaultTestEnv';
import { CASE_A, loadFrozenNotebook, NOTEBOOK_V1_PASSPHRASE } from './frozenNotebookEnv';
import { notebookWithCases } from './caseTestNotebook';
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';

const number = (seq: number) => ({ prefix: 'GOM', year: 2026, seq });
const note = (text: string, at: number) => ({ v: 1, at, text });
const task = (title: string) => ({ v: 1, title, dueOn: '', done: false });

/** The stored rows, read and written behind the app's back with a second Dexie connection. */
function disk(env: TestEnv, profileId: string) {
  const db = openVaultDb(profileId, env);
  return {
    rows: (caseId?: string) =>
      caseId === undefined ? db.records.toArray() : db.records.where('caseId').equals(caseId).toArray(),
    get: (id: string) => db.records.get(id) as Promise<StoredRecord>,
    put: (rows: StoredRecord[]) => db.records.bulkPut(rows),
    delete: (ids: string[]) => db.records.bulkDelete(ids),
    close: () => db.close(),
  };
}

async function caseWithWork() {
  const nb = await notebookWithCases([{ number: number(1) }, { number: number(2) }]);
  const [caseId] = nb.caseIds as [string];
  await saveCaseChange(
    nb.session,
    caseId,
    { action: 'note', put: [{ kind: KINDS.note, payload: note('Puits 7', 2000) }] },
    () => 2000,
  );
  await saveCaseChange(
    nb.session,
    caseId,
    { action: 'task', put: [{ kind: KINDS.task, payload: task('Appeler') }] },
    () => 3000,
  );
  return { ...nb, caseId, disk: disk(nb.env, nb.profile.id) };
}

describe('journal bindings (issue 18, point 3)', () => {
  it('binds the id and digest of every record a commit writes and deletes, and the case checks out', async () => {
    const { session, caseId } = await caseWithWork();
    const bundle = await loadCase(session, caseId);
    const noteItem = bundle.notes[0]!;
    const entry = bundle.audit.find((e) => e.action === 'note')!;
    expect(entry.binds?.wrote).toEqual([
      [noteItem.id, KINDS.note, await recordDigest(note('Puits 7', 2000))],
    ]);
    expect(bundle.integrity).toEqual({ binding: 'bound', unboundEntries: 0, problems: [] });
    await saveCaseChange(session, caseId, { action: 'deleted', deleteIds: [noteItem.id] }, () => 4000);
    const after = await loadCase(session, caseId);
    expect(after.audit.at(-1)?.binds).toEqual({ wrote: [], deleted: [noteItem.id] });
    expect(after.integrity.problems).toEqual([]);
    expect(after.file.seal?.counter).toBe(5); // two cases created, two changes, one deletion
  });

  it('a note deleted on disk shows as missing, and stays missing after the next save', async () => {
    const { session, caseId, disk: d } = await caseWithWork();
    const noteId = (await loadCase(session, caseId)).notes[0]!.id;
    await d.delete([noteId]);
    const opened = await loadCase(session, caseId);
    expect(opened.notes).toEqual([]);
    expect(opened.integrity.problems).toEqual([{ kind: 'missing', recordKind: KINDS.note, at: 2000 }]);
    // A later save does not launder the deletion: the journal still expects the note.
    await saveCaseChange(session, caseId, { action: 'edited' }, () => 5000);
    expect((await loadCase(session, caseId)).integrity.problems).toEqual([
      { kind: 'missing', recordKind: KINDS.note, at: 2000 },
    ]);
  });

  it('a record put back to an older copy that still decrypts shows as older, with both dates', async () => {
    const { session, caseId, disk: d } = await caseWithWork();
    const taskId = (await loadCase(session, caseId)).tasks[0]!.id;
    const before = await d.get(taskId);
    await saveCaseChange(
      session,
      caseId,
      {
        action: 'task',
        put: [{ id: taskId, kind: KINDS.task, payload: { ...task('Appeler'), done: true } }],
      },
      () => 6000,
    );
    expect((await loadCase(session, caseId)).tasks[0]!.value.done).toBe(true);
    await d.put([before]);
    const opened = await loadCase(session, caseId);
    expect(opened.tasks[0]!.value.done).toBe(false); // the older copy is what the vault now reads
    expect(opened.integrity.problems).toEqual([
      { kind: 'older', recordKind: KINDS.task, at: 3000, expectedAt: 6000 },
    ]);
  });

  it('a whole case rolled back to older copies of all its records is caught by the register', async () => {
    const { session, caseId, disk: d } = await caseWithWork();
    const snapshot = await d.rows(caseId);
    await saveCaseChange(
      session,
      caseId,
      { action: 'note', put: [{ kind: KINDS.note, payload: note('Second puits', 7000) }] },
      () => 7000,
    );
    await saveCaseChange(
      session,
      caseId,
      { action: 'status', file: { ...(await loadCase(session, caseId)).file, status: 'en-suivi' } },
      () => 8000,
    );
    // Everything of the case goes back: records, journal entries and the case record, consistent among themselves.
    await d.delete((await d.rows(caseId)).map((r) => r.id));
    await d.put(snapshot);
    const opened = await loadCase(session, caseId);
    expect(opened.notes.map((n) => n.value.text)).toEqual(['Puits 7']);
    expect(opened.integrity.problems).toEqual([{ kind: 'case-older', savedAt: 8000, missingEntries: 2 }]);
    const notebook = await loadNotebook(session);
    // The list snapshot still holds the case's last line: the check of each listed case against its
    // stored copy, which runs after the list shows (issue 18, point 9), finds the older copy.
    await notebook.checked;
    expect(notebook.register.olderCases).toEqual([caseId]);
    expect(notebook.register.savedAt).toBe(8000);
    // The other case is untouched and checks out.
    const other = (await notebookCaseIds(session)).find((id) => id !== caseId)!;
    expect((await loadCase(session, other)).integrity.problems).toEqual([]);
  });

  it('the register rolled back (the notebook counter) or deleted shows, on the notebook and in the case', async () => {
    const { session, caseId, disk: d } = await caseWithWork();
    const oldRegister = await d.get(NOTEBOOK_STATE_ID);
    await saveCaseChange(session, caseId, { action: 'edited' }, () => 9000);
    expect((await loadNotebook(session)).register).toMatchObject({
      registerOlder: false,
      registerMissing: false,
      counter: 5,
    });
    await d.put([oldRegister]);
    expect((await loadNotebook(session)).register).toMatchObject({
      registerOlder: true,
      counter: 4,
      savedAt: 3000,
    });
    expect((await loadCase(session, caseId)).integrity.problems).toEqual([{ kind: 'register-older' }]);
    await d.delete([NOTEBOOK_STATE_ID]);
    expect((await loadNotebook(session)).register).toMatchObject({ registerMissing: true, counter: 0 });
    expect((await loadCase(session, caseId)).integrity.problems).toEqual([{ kind: 'register-missing' }]);
    // The next save never goes below a counter already used, even with the register gone.
    await saveCaseChange(session, caseId, { action: 'edited' }, () => 9500);
    expect((await loadCase(session, caseId)).file.seal?.counter).toBe(6);
  });

  it('a whole case deleted on disk is counted as missing from the notebook', async () => {
    const { session, caseId, disk: d } = await caseWithWork();
    await d.delete((await d.rows(caseId)).map((r) => r.id));
    const notebook = await loadNotebook(session);
    expect(notebook.cases.has(caseId)).toBe(false);
    expect(notebook.register.missingCases).toBe(1);
  });

  it('a journal entry removed on disk breaks the seal; a note moved from another case fails its own check', async () => {
    const { session, caseId, caseIds, disk: d } = await caseWithWork();
    const entries = await session.listRecords<{ seq: number }>({ caseId, kind: KINDS.audit });
    const entry = entries.records.find((r) => r.payload.seq === 2)!; // the "task" entry
    await d.delete([entry.id]);
    const problems = (await loadCase(session, caseId)).integrity.problems.map((p) => p.kind);
    expect(problems).toContain('seal-mismatch');
    expect(problems).toContain('unexpected'); // the task its entry bound is no longer expected
    // A row moved from another case fails its AES-GCM check (the case id is in the additional data).
    const other = caseIds[1]!;
    await saveCaseChange(
      session,
      other,
      { action: 'note', put: [{ kind: KINDS.note, payload: note('Ailleurs', 10) }] },
      () => 10_000,
    );
    const moved = (await d.rows(other)).find((r) => r.kind === KINDS.note)!;
    await d.put([{ ...moved, caseId }]);
    expect((await loadCase(session, caseId)).damaged.map((x) => x.kind)).toEqual([KINDS.note]);
  });

  it('the keyed digest needs the open session, and differs from one notebook to another', async () => {
    const a = await notebookWithCases([]);
    const b = await notebookWithCases([]);
    const one = await keyedDigest(a.session, 'case-seal', 'même texte');
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(await keyedDigest(a.session, 'case-seal', 'même texte')).toBe(one);
    expect(await keyedDigest(a.session, 'autre-usage', 'même texte')).not.toBe(one);
    expect(await keyedDigest(b.session, 'case-seal', 'même texte')).not.toBe(one);
    a.session.lock();
    await expect(keyedDigest(a.session, 'case-seal', 'même texte')).rejects.toThrow('locked');
    // And after unlocking again, the same key: a seal written before the lock still checks out.
    const again = await createVaultService(a.env).unlock(a.profile.id, PASSPHRASE);
    expect(await keyedDigest(again, 'case-seal', 'même texte')).toBe(one);
  });
});

describe('cases saved before bindings (frozen notebook v1)', () => {
  it('open as not bound, with no false alarm, and are bound from their next save on', async () => {
    const env = testEnv();
    const dump = await loadFrozenNotebook(env);
    const session = await createVaultService(env).unlock(dump.profileId, NOTEBOOK_V1_PASSPHRASE);
    const old = await loadCase(session, CASE_A);
    expect(old.integrity).toEqual({ binding: 'unbound', unboundEntries: old.audit.length, problems: [] });
    expect((await loadNotebook(session)).register).toMatchObject({
      counter: 0,
      savedAt: 0,
      registerMissing: false,
    });
    await saveCaseChange(session, CASE_A, { action: 'edited' }, () => 11_000);
    const upgraded = await loadCase(session, CASE_A);
    expect(upgraded.file.v).toBe(RECORD_VERSIONS.case);
    expect(upgraded.integrity).toEqual({ binding: 'partly', unboundEntries: old.audit.length, problems: [] });
    // The first bound entry took the live set as it found it: from there on, a deletion shows.
    expect(upgraded.audit.at(-1)?.binds?.base).toHaveLength(upgraded.live.size);
    const d = disk(env, dump.profileId);
    await d.delete([upgraded.notes[0]!.id]);
    expect((await loadCase(session, CASE_A)).integrity.problems).toEqual([
      { kind: 'missing', recordKind: KINDS.note, at: 11_000 },
    ]);
    expect((await loadNotebook(session)).register).toMatchObject({ counter: 1, savedAt: 11_000 });
  });
});

async function notebookCaseIds(session: Parameters<typeof loadNotebook>[0]): Promise<string[]> {
  return [...(await loadNotebook(session)).cases.keys()];
}
