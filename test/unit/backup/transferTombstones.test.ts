// Issue 18, point 2, transfers: a deletion travels to the receiving office (the record stays
// deleted there), what was deleted does not (no undo copy, no old versions, no attachment bytes),
// even when a file made elsewhere carries them.
import { describe, expect, it } from 'vitest';
import { decodeTransfer, encodeTransfer } from '../../../renderer/core/backup/transferFile';
import { exportTransfer } from '../../../renderer/core/backup/exportTransfer';
import { importTransfer } from '../../../renderer/core/backup/importTransfer';
import { addAttachment } from '../../../renderer/core/cases/caseAttachments';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { enqueueCaseWrite } from '../../../renderer/core/cases/caseWriteQueue';
import { KINDS, type Note } from '../../../renderer/core/cases/caseSchemas';
import { deleteCaseItem } from '../../../renderer/core/cases/deleteCaseItem';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { createVault } from '../../../renderer/core/vault/createVault';
import { TINY_PDF } from '../../fixtures/attachments/attachmentFixtures';
import { notebookWithCases } from '../cases/caseTestNotebook';
import { OTHER_PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';
import { TEST_TRANSFER } from './transferTestEnv';
import { backupCode } from './codeOfBackup';

const note = (text: string): Note => ({ v: 1, at: 2000, text });

async function goma() {
  const { session, caseIds } = await notebookWithCases(
    [{ number: { prefix: 'GOM', year: 2026, seq: 1 } }],
    'Goma',
  );
  const caseId = caseIds[0]!;
  await saveCaseChange(session, caseId, {
    action: 'note',
    put: [{ kind: KINDS.note, payload: note('Brouillon Kalehe') }],
  });
  const noteId = (await loadCase(session, caseId)).notes[0]!.id;
  await saveCaseChange(session, caseId, {
    action: 'note',
    put: [{ id: noteId, kind: KINDS.note, payload: note('Texte Kalehe corrigé') }],
  });
  await saveCaseChange(session, caseId, {
    action: 'note',
    put: [{ kind: KINDS.note, payload: note('Note gardée') }],
  });
  await deleteCaseItem(session, caseId, noteId, 'Mauvais dossier');
  await enqueueCaseWrite(session, caseId, (fresh) => addAttachment(session, fresh, 'pv.pdf', TINY_PDF, 3000));
  const attachment = (await loadCase(session, caseId)).attachments[0]!;
  await deleteCaseItem(session, caseId, attachment.id, 'Mauvais fichier');
  return { session, caseId, noteId, attachment };
}

async function bukavu() {
  return (await createVault({ name: 'Bukavu', passphrase: OTHER_PASSPHRASE, kdf: TEST_KDF, env: testEnv() }))
    .session;
}

describe('transfers and deletions', () => {
  it('carries the deletion, not what was deleted', async () => {
    const g = await goma();
    const out = await exportTransfer(
      g.session,
      { caseIds: [g.caseId], consentConfirmed: true },
      TEST_TRANSFER,
    );
    const sent = JSON.stringify((await decodeTransfer(out.bytes, out.code, TEST_TRANSFER)).records);
    // 'JVBERi0' is how the base64 of a PDF's first bytes (%PDF-) begins.
    for (const gone of ['Kalehe', 'JVBERi0']) expect(sent).not.toContain(gone);
    const b = await bukavu();
    await importTransfer(b, out.bytes, out.code, TEST_TRANSFER);
    const bundle = await loadCase(b, g.caseId);
    expect(bundle.notes.map((n) => n.value.text)).toEqual(['Note gardée']);
    expect(bundle.attachments).toEqual([]);
    expect(bundle.tombstones.map((t) => [t.id, t.value.reason, t.value.last]).sort()).toEqual(
      [
        [g.noteId, 'Mauvais dossier', undefined],
        [g.attachment.id, 'Mauvais fichier', undefined],
      ].sort(),
    );
    expect(bundle.revisions.some((r) => r.value.recordId === g.noteId)).toBe(false);
    const stored = JSON.stringify((await b.listRecords()).records.map((r) => r.payload));
    expect(stored).not.toContain('Kalehe');
  });

  it('drops an undo copy that a file made elsewhere still carries', async () => {
    const g = await goma();
    const out = await exportTransfer(
      g.session,
      { caseIds: [g.caseId], consentConfirmed: true },
      TEST_TRANSFER,
    );
    const content = await decodeTransfer(out.bytes, out.code, TEST_TRANSFER);
    // As an older or careless sender would write it: the tombstone with the deleted note inside.
    const records = content.records.map((r) =>
      r.id === g.noteId
        ? { ...r, payload: { ...(r.payload as object), last: note('Texte Kalehe corrigé'), lastSavedAt: 1 } }
        : r,
    );
    const forged = await encodeTransfer({ ...content, records }, out.code, TEST_TRANSFER);
    const b = await bukavu();
    await importTransfer(b, forged, out.code, TEST_TRANSFER);
    const bundle = await loadCase(b, g.caseId);
    expect(bundle.notes.map((n) => n.value.text)).toEqual(['Note gardée']);
    expect(JSON.stringify((await b.listRecords()).records.map((r) => r.payload))).not.toContain('Kalehe');
  });

  it('refuses a file whose tombstone is malformed, writing nothing', async () => {
    const g = await goma();
    const out = await exportTransfer(
      g.session,
      { caseIds: [g.caseId], consentConfirmed: true },
      TEST_TRANSFER,
    );
    const content = await decodeTransfer(out.bytes, out.code, TEST_TRANSFER);
    const hostile = [
      { reason: 'x'.repeat(501) },
      { versions: ['not-a-version'] },
      { kind: 'case' },
      { versions: Array.from({ length: 30 }, (_, i) => `${i}:${'0'.repeat(32)}`) },
    ];
    for (const change of hostile) {
      const records = content.records.map((r) =>
        r.id === g.noteId ? { ...r, payload: { ...(r.payload as object), ...change } } : r,
      );
      const b = await bukavu();
      const file = await encodeTransfer({ ...content, records }, out.code, TEST_TRANSFER);
      expect(await backupCode(importTransfer(b, file, out.code, TEST_TRANSFER))).toBe(
        'transfer-record-invalid',
      );
      expect((await b.listRecords()).records).toEqual([]);
    }
  });
});
