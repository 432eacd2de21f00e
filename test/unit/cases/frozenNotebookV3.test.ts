// The frozen notebook of issues 17 and 18 (test/fixtures/vault/notebook-v3): edits with their history,
// deletions with reasons, a renamed attachment, a corrected screening, a case merged from a transfer
// that came back, must keep opening in every later version of Dalili, as a person sees them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listConflicts } from '../../../renderer/core/backup/conflicts';
import { TRANSFER_LOG_KIND, transferLogSchema } from '../../../renderer/core/backup/transferLog';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import { readAttachment } from '../../../renderer/core/cases/caseAttachments';
import { loadCase, type CaseBundle } from '../../../renderer/core/cases/caseBundle';
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import {
  KINDS,
  type Attachment,
  type CaseScreening,
  type Note,
} from '../../../renderer/core/cases/caseSchemas';
import { restoreCase } from '../../../renderer/core/cases/deleteCase';
import { undoDeletion } from '../../../renderer/core/cases/deleteCaseItem';
import { loadNoteDraft } from '../../../renderer/core/cases/noteDrafts';
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';
import { formatPhone } from '../../../renderer/core/directory/phone';
import { listArticleNotes } from '../../../renderer/core/library/articleNotes';
import { createVaultService } from '../../../renderer/core/vault';
import { loadFrozenDump, type FrozenDump } from '../vault/loadFrozenDump';
import { testEnv } from '../vault/vaultTestEnv';

const FIXTURE = new URL('../../fixtures/vault/notebook-v3/notebook.json', import.meta.url);
const PASSPHRASE = 'Carnet gelé v3 : onze pirogues et un bac à Kalehe';
const RECOVERY_KEY = 'FBFY-GQJE-NMTC-YS5F-V0HR-E2D6-XGSP-V8ZW';
const CASE_A = 'a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3';
const CASE_B = 'b3b3b3b3b3b3b3b3b3b3b3b3b3b3b3b3';
const CASE_C = 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3';
const CASE_D = 'd3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3';
const NOTE_A = '14141414141414141414141414141414';
const SCREENING = '13131313131313131313131313131313';
const TASK_DELETED = '16161616161616161616161616161616';
const NOTE_B = '18181818181818181818181818181818';
/** The notebook's last save (the article note), and a day after it: when the test "opens" it. */
const LAST_SAVE = 1_800_432_001_000;
const NEXT_DAY = LAST_SAVE + 86_400_000;
const FIRST_SUMMARY = 'Deux adolescents portent des sacs au carré minier ; un témoin a prévenu le bureau.';

interface V3Dump extends FrozenDump {
  vault: { meta: object[]; records: { id: string; kind: string; caseId: string | null }[] };
}

async function openFrozen(secret: 'passphrase' | 'recovery' = 'passphrase') {
  const env = testEnv();
  env.clock.now = NEXT_DAY;
  const dump = await loadFrozenDump<V3Dump>(env, FIXTURE);
  const service = createVaultService(env);
  expect(await service.listProfiles()).toEqual([{ id: dump.profileId, name: 'Carnet gelé v3' }]);
  const session =
    secret === 'passphrase'
      ? await service.unlock(dump.profileId, PASSPHRASE)
      : (await service.unlockWithRecoveryKey(dump.profileId, RECOVERY_KEY)).session;
  return { env, dump, session };
}

const intact = async (c: CaseBundle) => {
  expect(c.damaged).toEqual([]);
  expect(c.newer).toEqual([]);
  expect(c.integrity).toEqual({ binding: 'bound', unboundEntries: 0, problems: [] });
  expect(await verifyAuditChain(c.audit, c.file.audit)).toMatchObject({ ok: true, problems: [] });
};

describe('frozen notebook v3 (history, deletions, rename, transfer merge)', () => {
  it('is the file written once: no test or tool has rewritten it', () => {
    // Regenerating it would freeze today's code instead of the code that wrote it (README beside it).
    const digest = createHash('sha256').update(readFileSync(FIXTURE)).digest('hex');
    const pinned = /SHA-256 of `notebook\.json`: `([0-9a-f]{64})`/u.exec(
      readFileSync(new URL('README.md', FIXTURE), 'utf8'),
    )?.[1];
    expect(digest).toBe(pinned);
  });

  it('holds every record kind of a case, at the version it was written', async () => {
    const { dump } = await openFrozen();
    const kinds = new Set(dump.vault.records.map((r) => r.kind));
    for (const kind of Object.keys(RECORD_VERSIONS)) expect(kinds, kind).toContain(kind);
    for (const kind of [
      'notebook-state',
      'merge-conflict',
      'transfer-log',
      'case-note-draft',
      'article-note',
    ])
      expect(kinds, kind).toContain(kind);
  });

  it('lists the two live cases, the deleted one under « Dossiers supprimés », and forgets the purged one', async () => {
    const { session } = await openFrozen();
    const notebook = await loadNotebook(session);
    await notebook.checked;
    expect(notebook.damaged).toBe(0);
    expect(notebook.newer).toBe(0);
    expect(
      [...notebook.cases.values()].map((c) => [c.label, c.status, c.openedOn, c.province]).sort(),
    ).toEqual([
      ['BUK-2026-0011', 'oriente', '2026-12-05', 'Sud-Kivu'],
      ['BUK-2026-0012', 'ouvert', '2026-12-13', 'Sud-Kivu'],
    ]);
    expect([...notebook.deleted.values()].map((c) => [c.label, c.reason])).toEqual([
      ['BUK-2026-0013', 'Doublon de BUK-2026-0011'],
    ]);
    expect(notebook.cases.has(CASE_D) || notebook.deleted.has(CASE_D)).toBe(false);
    expect(notebook.register).toMatchObject({ savedAt: LAST_SAVE - 1000, missingCases: 0, olderCases: [] });
    // Words typed with œ are found without it; a word written only at the other office too.
    expect(notebook.index.search('soeur')?.ids()).toEqual([CASE_A]);
    expect(notebook.index.search('uvira')?.ids()).toEqual([CASE_B]);
    session.lock();
  });

  it('opens case 11 as it was left: every field, the corrected versions first, the earlier ones in history', async () => {
    const { session } = await openFrozen();
    const c = await loadCase(session, CASE_A);
    await intact(c);
    expect(c.file).toMatchObject({
      incidentOn: '2026-11-30',
      place: {
        province: 'Sud-Kivu',
        territory: 'Kalehe',
        site: 'Carré minier fictif de Nyabibwe',
        lat: -1.92,
        lon: 28.92,
      },
      summary: 'Deux adolescents portent des sacs au carré minier ; T-01 a prévenu le bureau le 30/11.',
      infractions: ['code-penal/art-174c', 'loi-09-001/art-187'],
      status: 'oriente',
    });
    const byCode = Object.fromEntries(c.persons.map((p) => [p.value.code, p.value]));
    // toMatchObject: a field added later with its default must not break the frozen notebook's test.
    expect(byCode['V-01']).toMatchObject({
      // Read at the current version: a frozen version-2 person is lifted by the migrations on read.
      v: RECORD_VERSIONS['case-person'],
      role: 'victime',
      code: 'V-01',
      initials: 'A. B.',
      age: 15,
      ageGroup: '15-17',
      sex: 'm',
      nationality: 'congolaise',
      languages: 'swahili, mashi',
      vulnerabilities: ['child', 'no-documents'],
      contactConsent: true,
      phone: '+243990000001',
      phone2: '+243850000002',
      email: 'contact.fictif@example.org',
      contactNote: 'Par son oncle, au marché le jeudi',
    });
    expect(formatPhone(byCode['V-01']!.phone2)).toBe('+243 850 000 002');
    expect(byCode['T-01']).toMatchObject({ role: 'temoin', age: null, ageGroup: 'unknown', phone: '' });

    // The corrected screening, and the answer it replaced, with the day it was replaced.
    const answers = (s: CaseScreening) => s.screening.answers['delphi-traite-enfants/enfant-trompe-salaire'];
    expect(c.screenings.map((s) => [s.id, answers(s.value)])).toEqual([
      [SCREENING, { mark: 'present', note: 'Payé en farine, pas en argent.' }],
    ]);
    const historyOf = (id: string) => c.revisions.filter((r) => r.value.recordId === id);
    expect(historyOf(SCREENING).map((r) => answers(r.value.payload as CaseScreening))).toEqual([
      { mark: 'unknown', note: 'À demander.' },
    ]);

    expect(c.referrals.map((r) => r.value)).toEqual([
      expect.objectContaining({
        organisation: 'ONG fictive Tumaini',
        consentMode: 'guardian',
        status: 'acceptee',
        followUpOn: '2026-12-22',
        contactPhone: '+243990000003',
        contactPhone2: '+243850000004',
        contactEmail: 'permanence@tumaini.example',
      }),
    ]);

    expect(c.notes.map((n) => [n.id, n.value.text])).toEqual([
      [NOTE_A, 'Visite du carré : V-01 absent ce jour ; **T-01** confirme les horaires (sœur de V-01).'],
    ]);
    expect(historyOf(NOTE_A).map((r) => (r.value.payload as Note).text)).toEqual([
      'Visite du carré : V-01 absent.',
    ]);
    // The case's own fields, before the qualification and before the summary was edited (newest first).
    const caseHistory = historyOf(CASE_A).map(
      (r) => r.value.payload as { summary: string; infractions: string[] },
    );
    expect(caseHistory.map((f) => [f.summary, f.infractions.length])).toEqual([
      [FIRST_SUMMARY, 2],
      [FIRST_SUMMARY, 0],
    ]);

    // The deleted task: gone from the list, its reason kept, and it can still be put back.
    expect(c.tasks.map((t) => [t.value.title, t.value.dueOn, t.value.done])).toEqual([
      ['Rappeler la permanence', '2026-12-15', false],
    ]);
    expect(c.tombstones.map((t) => [t.id, t.value.kind, t.value.reason])).toEqual([
      [TASK_DELETED, KINDS.task, 'Tâche saisie dans le mauvais dossier'],
    ]);

    // The renamed attachment: new name and description, old name in history, the bytes unchanged.
    const [file] = c.attachments;
    expect([file!.value.name, file!.value.description, file!.value.type]).toEqual([
      'proces-verbal-fictif.pdf',
      'Procès-verbal d’audition (fictif), deux pages.',
      'pdf',
    ]);
    expect(historyOf(file!.id).map((r) => (r.value.payload as Attachment).name)).toEqual(['scan001.pdf']);
    const bytes = await readAttachment(session, file!.value);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '794abaa4f6f06fc519895c22944a0ab43ad02b4fb32bdefa1952ce81613cb47b',
    );

    expect(c.audit.map((a) => a.action)).toEqual([
      'created',
      'person',
      'person',
      'screening',
      'screening',
      'qualification',
      'referral',
      'note',
      'note',
      'task',
      'deleted',
      'attachment',
      'renamed',
      'edited',
      'status',
    ]);
    expect((await loadNoteDraft(session, CASE_A))?.text).toBe('Brouillon : revoir la date de l’audition');
    expect((await listArticleNotes(session)).map((n) => [n.entryId, n.text])).toEqual([
      ['code-penal/art-174c', 'Note de lecture fictive (v3).'],
    ]);
    session.lock();
  });

  it('opens case 12, merged from the transfer that came back: the later edit, the other as a flagged copy', async () => {
    const { session } = await openFrozen();
    const c = await loadCase(session, CASE_B);
    await intact(c);
    expect(c.notes.map((n) => n.value.text).sort()).toEqual([
      'Ajout d’Uvira.',
      'Premier entretien, repris à Uvira.',
    ]);
    expect(c.audit.map((a) => a.action)).toEqual(['created', 'note', 'exported', 'note', 'merged']);
    const conflicts = await listConflicts(session);
    expect(
      conflicts.map((k) => [k.payload.recordId, k.payload.caseId, (k.payload.payload as Note).text]),
    ).toEqual([[NOTE_B, CASE_B, 'Premier entretien au bureau de Bukavu.']]);
    const logs = (await session.listRecords({ kind: TRANSFER_LOG_KIND }, transferLogSchema)).records;
    expect(logs.map((l) => [l.payload.direction, l.payload.caseIds]).sort()).toEqual([
      ['export', [CASE_B]],
      ['import', [CASE_B]],
    ]);
    session.lock();
  });

  it('takes today’s changes on it: the deleted task and case come back, journalled, with the recovery key too', async () => {
    const { session, env } = await openFrozen('recovery');
    await undoDeletion(session, CASE_A, TASK_DELETED, () => env.clock.now);
    await restoreCase(session, CASE_C, () => env.clock.now);
    const a = await loadCase(session, CASE_A);
    expect(a.tasks.map((t) => t.value.title).sort()).toEqual([
      'Photographier le carré',
      'Rappeler la permanence',
    ]);
    await intact(a);
    const c = await loadCase(session, CASE_C);
    expect(c.file.deleted).toBeUndefined();
    expect(c.notes.map((n) => n.value.text)).toEqual(['Note du dossier 13.']);
    await intact(c);
    expect((await loadNotebook(session)).cases.size).toBe(3);
    session.lock();
  });
});
