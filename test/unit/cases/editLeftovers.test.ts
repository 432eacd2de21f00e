// Issue 18, point 1, what was left: a saved screening is corrected as a new version of the same record
// (its reading recomputed from the corrected answers), an attachment is renamed and described (bytes
// untouched), and an undo is journalled as itself. Real WebCrypto, Dexie on fake IndexedDB.
import { describe, expect, it } from 'vitest';
import { addAttachment, readAttachment } from '../../../renderer/core/cases/caseAttachments';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { enqueueCaseWrite } from '../../../renderer/core/cases/caseWriteQueue';
import { KINDS, type Attachment, type CaseScreening } from '../../../renderer/core/cases/caseSchemas';
import { deleteCaseItem, undoDeletion } from '../../../renderer/core/cases/deleteCaseItem';
import { decodeCaseRecord } from '../../../renderer/core/cases/decodeCaseRecord';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import {
  renameAttachmentChange,
  validateAttachmentRename,
} from '../../../renderer/core/cases/renameAttachment';
import { newScreening, setAnswer, type Mark } from '../../../renderer/core/screening/screening';
import { summariseScreening } from '../../../renderer/core/screening/summariseScreening';
import { TINY_PDF } from '../../fixtures/attachments/attachmentFixtures';
import hostile from '../../fixtures/attachments/hostileNames.json';
import { FIXTURE_INDICATORS } from '../screening/fixtureIndicators';
import { notebookWithCases } from './caseTestNotebook';
import { dumpIndexedDb, containsBytes, storedBytes } from '../vault/vaultTestEnv';
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';

async function newCase() {
  const { env, session, caseIds } = await notebookWithCases([
    { number: { prefix: 'GOM', year: 2026, seq: 1 } },
  ]);
  return { env, session, caseId: caseIds[0]! };
}
type Session = Awaited<ReturnType<typeof newCase>>['session'];

async function addPerson(session: Session, caseId: string): Promise<string> {
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
  return (await loadCase(session, caseId)).persons[0]!.id;
}

function screeningWith(personId: string, marks: Record<string, Mark>): CaseScreening {
  let s = newScreening('adult', 'fixture');
  for (const [id, mark] of Object.entries(marks)) s = setAnswer(s, `fixture/${id}`, { mark });
  return { v: 1, personId, date: '2026-11-03', interviewer: 'INS-04', screening: s };
}

const MET: Record<string, Mark> = {
  'tromperie-emploi': 'present',
  'tromperie-salaire': 'present',
  'horaires-excessifs': 'present',
  'salaire-nul': 'present',
  'documents-confisques': 'present',
  dette: 'present',
};

describe('a saved screening is corrected', () => {
  it('as a new version of the same record, the previous answers in its history, the reading recomputed', async () => {
    const { session, caseId } = await newCase();
    const personId = await addPerson(session, caseId);
    await saveCaseChange(session, caseId, {
      action: 'screening',
      put: [{ kind: KINDS.screening, payload: screeningWith(personId, MET) }],
    });
    const saved = (await loadCase(session, caseId)).screenings[0]!;
    expect(summariseScreening(saved.value.screening, FIXTURE_INDICATORS).reading.outcome).toBe(
      'presumed-victim',
    );
    // The interviewer marked "dette" present by mistake, and the salary indicators were not asked.
    const corrected = screeningWith(personId, {
      ...MET,
      'salaire-nul': 'unknown',
      'horaires-excessifs': 'unknown',
      dette: 'absent',
    });
    await saveCaseChange(
      session,
      caseId,
      { action: 'screening', put: [{ id: saved.id, kind: KINDS.screening, payload: corrected }] },
      () => 90_000,
    );
    const bundle = await loadCase(session, caseId);
    expect(bundle.screenings.map((s) => s.id)).toEqual([saved.id]);
    const reading = summariseScreening(bundle.screenings[0]!.value.screening, FIXTURE_INDICATORS).reading;
    expect(reading.outcome).not.toBe('presumed-victim');
    const history = bundle.revisions.filter((r) => r.value.recordId === saved.id);
    expect(history).toHaveLength(1);
    expect(history[0]!.value.replacedAt).toBe(90_000);
    const before = decodeCaseRecord(KINDS.screening, history[0]!.value.payload);
    expect(before.ok && before.value.screening.answers['fixture/dette']?.mark).toBe('present');
    // One commit, journalled as a screening, the chain whole.
    expect(bundle.audit.at(-1)?.action).toBe('screening');
    expect(
      bundle.audit
        .at(-1)
        ?.binds?.wrote.map((w) => w[1])
        .sort(),
    ).toEqual([KINDS.revision, KINDS.screening]);
    expect((await verifyAuditChain(bundle.audit, bundle.file.audit)).ok).toBe(true);
    expect(bundle.integrity.problems).toEqual([]);
  });
});

describe('an attachment is renamed', () => {
  async function withPdf() {
    const c = await newCase();
    await enqueueCaseWrite(c.session, c.caseId, (fresh) =>
      addAttachment(c.session, fresh, 'scan001.pdf', TINY_PDF, 3000),
    );
    const item = (await loadCase(c.session, c.caseId)).attachments[0]!;
    return { ...c, item };
  }

  it('keeps the bytes, the type and the file record; the old name goes to its history', async () => {
    const { session, caseId, item } = await withPdf();
    await saveCaseChange(
      session,
      caseId,
      (fresh) => renameAttachmentChange(fresh, item.id, ' PV audition V-01.pdf ', 'Procès-verbal, page 1'),
      () => 7000,
    );
    const bundle = await loadCase(session, caseId);
    const renamed = bundle.attachments[0]!;
    expect(renamed.id).toBe(item.id);
    expect(renamed.value).toEqual({
      ...item.value,
      name: 'PV audition V-01.pdf',
      description: 'Procès-verbal, page 1',
    });
    expect(await readAttachment(session, renamed.value)).toEqual(TINY_PDF);
    const history = bundle.revisions.filter((r) => r.value.recordId === item.id);
    expect(history.map((r) => (r.value.payload as Attachment).name)).toEqual(['scan001.pdf']);
    expect(bundle.audit.at(-1)?.action).toBe('renamed');
    expect(bundle.integrity.problems).toEqual([]);
  });

  it('writes nothing when nothing changed', async () => {
    const { session, caseId, item } = await withPdf();
    const before = (await loadCase(session, caseId)).audit.length;
    await saveCaseChange(session, caseId, (fresh) =>
      renameAttachmentChange(fresh, item.id, 'scan001.pdf', ''),
    );
    expect((await loadCase(session, caseId)).audit).toHaveLength(before);
  });

  it('refuses every hostile name and description of the fixtures, and then changes nothing', async () => {
    const { env, session, caseId, item } = await withPdf();
    const long = (n: number) => `${'a'.repeat(n - 4)}.pdf`;
    for (const entry of hostile.names) {
      const name = entry.name === 'TOO_LONG' ? long(201) : entry.name;
      const result = validateAttachmentRename(item.value, name, '');
      if (entry.code === null) {
        expect(result.ok, entry.why).toBe(true);
        continue;
      }
      expect(result, entry.why).toEqual({ ok: false, errors: [{ field: 'name', code: entry.code }] });
      await expect(
        saveCaseChange(session, caseId, (fresh) => renameAttachmentChange(fresh, item.id, name, '')),
        entry.why,
      ).rejects.toThrow('record-invalid');
    }
    for (const entry of hostile.descriptions) {
      const description = entry.description === 'TOO_LONG' ? 'd'.repeat(1001) : entry.description;
      const result = validateAttachmentRename(item.value, 'scan001.pdf', description);
      if (entry.code === null) expect(result.ok, entry.why).toBe(true);
      else
        expect(result, entry.why).toEqual({
          ok: false,
          errors: [{ field: 'description', code: entry.code }],
        });
    }
    const bundle = await loadCase(session, caseId);
    expect(bundle.attachments[0]!.value.name).toBe('scan001.pdf');
    expect(bundle.revisions).toEqual([]);
    // The name typed is case data: a refused one is never stored, a kept one only encrypted.
    await saveCaseChange(session, caseId, (fresh) =>
      renameAttachmentChange(fresh, item.id, 'Kalehe-Nyabibwe-puits.pdf', 'Vue du puits de Nyabibwe'),
    );
    const bytes = storedBytes(await dumpIndexedDb(env.indexedDB));
    for (const secret of ['Kalehe-Nyabibwe', 'Vue du puits de Nyabibwe', 'scan001'])
      expect(containsBytes(bytes, new TextEncoder().encode(secret)), secret).toBe(false);
  });

  it('reads an attachment saved before descriptions (version 1) with an empty description', () => {
    const decoded = decodeCaseRecord(KINDS.attachment, {
      v: 1,
      name: 'photo.png',
      type: 'png',
      size: 10,
      dataId: 'a'.repeat(32),
      addedAt: 1,
    });
    expect(decoded).toMatchObject({ ok: true, value: { v: 2, name: 'photo.png', description: '' } });
  });
});

describe('an undo is journalled as itself', () => {
  it('says « restored », not « edited », and the chain stays whole', async () => {
    const { session, caseId } = await newCase();
    await saveCaseChange(session, caseId, {
      action: 'note',
      put: [{ kind: KINDS.note, payload: { v: 1, at: 2000, text: 'Note à remettre' } }],
    });
    const id = (await loadCase(session, caseId)).notes[0]!.id;
    await deleteCaseItem(session, caseId, id, 'Par erreur', () => 5000);
    await undoDeletion(session, caseId, id, () => 6000);
    const bundle = await loadCase(session, caseId);
    expect(bundle.audit.map((e) => e.action).slice(-2)).toEqual(['deleted', 'restored']);
    expect(bundle.audit.at(-1)?.v).toBe(4);
    expect((await verifyAuditChain(bundle.audit, bundle.file.audit)).ok).toBe(true);
  });

  it('reads a version-2 journal entry as the current version (4, issue 21) with its hash unchanged', () => {
    const entry = { v: 2, seq: 0, at: 1, action: 'created', prev: '0'.repeat(64), hash: 'f'.repeat(64) };
    expect(decodeCaseRecord(KINDS.audit, entry)).toEqual({ ok: true, value: { ...entry, v: 4 } });
  });
});
