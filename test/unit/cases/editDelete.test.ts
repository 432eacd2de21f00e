// Issue 18, point 1: every edit keeps the previous version (bounded), a deletion needs a reason and
// leaves a tombstone that can be undone while the case is open and within the undo period, and a
// closed case is read-only until it is reopened (journalled). Real WebCrypto, Dexie on fake IndexedDB.
import { describe, expect, it } from 'vitest';
import { addAttachment, readAttachment } from '../../../renderer/core/cases/caseAttachments';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { enqueueCaseWrite } from '../../../renderer/core/cases/caseWriteQueue';
import { KINDS, type Note, type Task } from '../../../renderer/core/cases/caseSchemas';
import { withStatus } from '../../../renderer/core/cases/caseStatus';
import {
  deleteCaseItem,
  undoDeletion,
  validateDeletionReason,
} from '../../../renderer/core/cases/deleteCaseItem';
import { MAX_REVISIONS, UNDO_MS } from '../../../renderer/core/cases/recordHistorySchemas';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import { TINY_PDF } from '../../fixtures/attachments/attachmentFixtures';
import { CASE_FIELDS, notebookWithCases } from './caseTestNotebook';
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';

async function newCase() {
  const { env, session, caseIds } = await notebookWithCases([
    { number: { prefix: 'GOM', year: 2026, seq: 1 } },
  ]);
  return { env, session, caseId: caseIds[0]! };
}
const note = (text: string): Note => ({ v: 1, at: 2000, text });
const task = (title: string, done = false): Task => ({ v: 1, title, dueOn: '', done });

async function addNote(
  session: Awaited<ReturnType<typeof newCase>>['session'],
  caseId: string,
  text: string,
) {
  await saveCaseChange(session, caseId, { action: 'note', put: [{ kind: KINDS.note, payload: note(text) }] });
  return (await loadCase(session, caseId)).notes.find((n) => n.value.text === text)!.id;
}

describe('edit and history', () => {
  it('keeps the previous version of an edited note and of the case summary, with their dates', async () => {
    const { session, caseId } = await newCase();
    const id = await addNote(session, caseId, 'Visite au puits de Rubya');
    await saveCaseChange(
      session,
      caseId,
      { action: 'note', put: [{ id, kind: KINDS.note, payload: note('Visite au puits de Rubaya') }] },
      () => 5000,
    );
    await saveCaseChange(
      session,
      caseId,
      (fresh) => ({ action: 'edited', file: { ...fresh.file, summary: 'Deux enfants au puits' } }),
      () => 6000,
    );
    const bundle = await loadCase(session, caseId);
    expect(bundle.notes.map((n) => n.value.text)).toEqual(['Visite au puits de Rubaya']);
    const ofNote = bundle.revisions.filter((r) => r.value.recordId === id);
    expect(ofNote.map((r) => (r.value.payload as Note).text)).toEqual(['Visite au puits de Rubya']);
    expect(ofNote[0]!.value.replacedAt).toBe(5000);
    const ofCase = bundle.revisions.filter((r) => r.value.recordId === caseId);
    expect(ofCase.map((r) => (r.value.payload as { summary: string }).summary)).toEqual([
      CASE_FIELDS.summary,
    ]);
    expect(bundle.file.summary).toBe('Deux enfants au puits');
    // A change that does not touch what a person typed (a status) adds no case revision.
    await saveCaseChange(session, caseId, (f) => ({
      action: 'status',
      file: withStatus(f.file, 'oriente', '2026-11-03', 7000),
    }));
    expect(
      (await loadCase(session, caseId)).revisions.filter((r) => r.value.recordId === caseId),
    ).toHaveLength(1);
    expect((await verifyAuditChain(bundle.audit, bundle.file.audit)).ok).toBe(true);
  });

  it(`keeps at most ${MAX_REVISIONS} previous versions per record, dropping the oldest`, async () => {
    const { session, caseId } = await newCase();
    await saveCaseChange(session, caseId, {
      action: 'task',
      put: [{ kind: KINDS.task, payload: task('v0') }],
    });
    const id = (await loadCase(session, caseId)).tasks[0]!.id;
    for (let i = 1; i <= MAX_REVISIONS + 3; i++)
      await saveCaseChange(
        session,
        caseId,
        { action: 'task', put: [{ id, kind: KINDS.task, payload: task(`v${i}`) }] },
        () => 10_000 + i,
      );
    const bundle = await loadCase(session, caseId);
    const titles = bundle.revisions.map((r) => (r.value.payload as Task).title);
    expect(titles).toHaveLength(MAX_REVISIONS);
    expect(titles[0]).toBe(`v${MAX_REVISIONS + 2}`);
    expect(titles).not.toContain('v0');
    expect(titles).not.toContain('v2');
  });
});

describe('delete and undo', () => {
  it('refuses a deletion without a reason and writes nothing', async () => {
    const { session, caseId } = await newCase();
    const id = await addNote(session, caseId, 'Note à garder');
    expect(validateDeletionReason('   ')).toEqual({
      ok: false,
      errors: [{ field: 'reason', code: 'required' }],
    });
    await expect(deleteCaseItem(session, caseId, id, '  ')).rejects.toThrow('record-invalid');
    expect((await loadCase(session, caseId)).notes).toHaveLength(1);
  });

  it('deletes with a reason, leaves a tombstone under the same id, and undoes it', async () => {
    const { session, caseId } = await newCase();
    const id = await addNote(session, caseId, 'Note écrite dans le mauvais dossier');
    await deleteCaseItem(session, caseId, id, 'Mauvais dossier', () => 50_000);
    let bundle = await loadCase(session, caseId);
    expect(bundle.notes).toEqual([]);
    expect(bundle.tombstones.map((t) => [t.id, t.value.kind, t.value.reason, t.value.deletedAt])).toEqual([
      [id, KINDS.note, 'Mauvais dossier', 50_000],
    ]);
    expect(bundle.audit.at(-1)?.action).toBe('deleted');
    // The case's search words forget the deleted note.
    expect(bundle.file.searchWords).not.toContain('mauvais');
    await undoDeletion(session, caseId, id, () => 60_000);
    bundle = await loadCase(session, caseId);
    expect(bundle.notes.map((n) => [n.id, n.value.text])).toEqual([
      [id, 'Note écrite dans le mauvais dossier'],
    ]);
    expect(bundle.tombstones).toEqual([]);
    expect((await verifyAuditChain(bundle.audit, bundle.file.audit)).ok).toBe(true);
  });

  it('refuses to delete a person a referral or screening still names', async () => {
    const { session, caseId } = await newCase();
    await saveCaseChange(session, caseId, {
      action: 'person',
      put: [
        {
          kind: KINDS.person,
          payload: {
            v: RECORD_VERSIONS['case-person'],
            role: 'victime',
            code: 'V-01',
            initials: 'F.M.',
            age: null,
            ageGroup: 'unknown',
            sex: 'f',
            nationality: '',
            languages: '',
            vulnerabilities: [],
            contactConsent: false,
            phone: '',
            phone2: '',
            email: '',
            contactNote: '',
          },
        },
      ],
    });
    const personId = (await loadCase(session, caseId)).persons[0]!.id;
    await saveCaseChange(session, caseId, {
      action: 'screening',
      put: [
        {
          kind: KINDS.screening,
          payload: {
            v: 1,
            personId,
            date: '2026-11-03',
            interviewer: 'INS-04',
            screening: { format: 'dalili-screening', version: 1, audience: 'adult', setId: 'x', answers: {} },
          },
        },
      ],
    });
    await expect(deleteCaseItem(session, caseId, personId, 'Doublon')).rejects.toThrow('person-in-use');
    const screeningId = (await loadCase(session, caseId)).screenings[0]!.id;
    await deleteCaseItem(session, caseId, screeningId, 'Saisie en double');
    await deleteCaseItem(session, caseId, personId, 'Doublon');
    expect((await loadCase(session, caseId)).persons).toEqual([]);
  });

  it('cannot undo after the undo period; the deleted text is then forgotten', async () => {
    const { session, caseId } = await newCase();
    const id = await addNote(session, caseId, 'Ndeko wa Kalehe');
    await deleteCaseItem(session, caseId, id, 'Erreur', () => 1_000_000);
    await expect(undoDeletion(session, caseId, id, () => 1_000_000 + UNDO_MS + 1)).rejects.toThrow(
      'undo-expired',
    );
    // The next change after the period purges the kept version (encrypted anyway) from the tombstone.
    await saveCaseChange(
      session,
      caseId,
      { action: 'task', put: [{ kind: KINDS.task, payload: task('Relancer') }] },
      () => 1_000_000 + UNDO_MS + 2,
    );
    const bundle = await loadCase(session, caseId);
    expect(bundle.tombstones[0]?.value.last).toBeUndefined();
    expect(bundle.tombstones[0]?.value.reason).toBe('Erreur');
    // Not only unreadable at rest (every record is encrypted): gone from every decrypted record too.
    const everything = JSON.stringify((await session.listRecords()).records.map((r) => r.payload));
    expect(everything).not.toContain('Ndeko wa Kalehe');
    expect(everything).toContain('Erreur');
  });

  it('deletes an attachment, keeps its bytes while undoable, and forgets them when the case closes', async () => {
    const { session, caseId } = await newCase();
    await enqueueCaseWrite(session, caseId, (fresh) =>
      addAttachment(session, fresh, 'pv.pdf', TINY_PDF, 3000),
    );
    const item = (await loadCase(session, caseId)).attachments[0]!;
    await deleteCaseItem(session, caseId, item.id, 'Mauvais fichier');
    expect((await loadCase(session, caseId)).attachments).toEqual([]);
    await undoDeletion(session, caseId, item.id);
    expect(await readAttachment(session, (await loadCase(session, caseId)).attachments[0]!.value)).toEqual(
      TINY_PDF,
    );
    await deleteCaseItem(session, caseId, item.id, 'Mauvais fichier');
    await saveCaseChange(session, caseId, (f) => ({
      action: 'status',
      file: withStatus(f.file, 'clos', '2026-11-20', 9000),
    }));
    const bundle = await loadCase(session, caseId);
    expect(bundle.tombstones.map((t) => t.value.kind).sort()).toEqual(
      [KINDS.attachment, KINDS.attachmentData].sort(),
    );
    expect(bundle.tombstones.every((t) => t.value.last === undefined)).toBe(true);
    await expect(readAttachment(session, item.value)).rejects.toThrow();
  });
});

describe('closed cases are read-only until reopened', () => {
  it('refuses every change but reopening and journal entries; reopening is journalled', async () => {
    const { session, caseId } = await newCase();
    const id = await addNote(session, caseId, 'Constat');
    await deleteCaseItem(session, caseId, id, 'Doublon');
    await saveCaseChange(session, caseId, (f) => ({
      action: 'status',
      file: withStatus(f.file, 'clos', '2026-11-20', 9000),
    }));
    await expect(
      saveCaseChange(session, caseId, {
        action: 'note',
        put: [{ kind: KINDS.note, payload: note('Ajout') }],
      }),
    ).rejects.toThrow('case-closed');
    await expect(
      saveCaseChange(session, caseId, (f) => ({ action: 'edited', file: { ...f.file, summary: 'changé' } })),
    ).rejects.toThrow('case-closed');
    await expect(undoDeletion(session, caseId, id)).rejects.toThrow();
    await saveCaseChange(session, caseId, { action: 'printed' });
    await saveCaseChange(session, caseId, (f) => ({
      action: 'status',
      file: withStatus(f.file, 'en-suivi', '2026-11-21', 9500),
    }));
    await saveCaseChange(session, caseId, {
      action: 'note',
      put: [{ kind: KINDS.note, payload: note('Ajout') }],
    });
    const bundle = await loadCase(session, caseId);
    expect(bundle.file.statusHistory.map((s) => s.status)).toEqual(['ouvert', 'clos', 'en-suivi']);
    expect(bundle.audit.map((a) => a.action)).toEqual([
      'created',
      'note',
      'deleted',
      'status',
      'printed',
      'status',
      'note',
    ]);
    // The deletion made before closing stays a deletion: its undo data went with the closing.
    expect(bundle.tombstones[0]?.value.last).toBeUndefined();
  });
});
