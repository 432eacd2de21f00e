// The frozen notebook of version 1 (test/fixtures/vault/notebook-v1) must open in every later
// version of Dalili, through the same API the screens use, with everything a person would see.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import { readAttachment } from '../../../renderer/core/cases/caseAttachments';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import { KINDS } from '../../../renderer/core/cases/caseSchemas';
import { loadNoteDraft } from '../../../renderer/core/cases/noteDrafts';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { formatPhone } from '../../../renderer/core/directory/phone';
import { listArticleNotes } from '../../../renderer/core/library/articleNotes';
import { createVaultService } from '../../../renderer/core/vault';
import {
  CASE_A,
  CASE_B,
  loadFrozenNotebook,
  NOTEBOOK_V1_PASSPHRASE,
  NOTEBOOK_V1_RECOVERY_KEY,
} from './frozenNotebookEnv';
import { testEnv } from '../vault/vaultTestEnv';
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';

async function openFrozen() {
  const env = testEnv();
  const dump = await loadFrozenNotebook(env);
  const service = createVaultService(env);
  expect(await service.listProfiles()).toEqual([{ id: dump.profileId, name: 'Carnet gelé v1' }]);
  const session = await service.unlock(dump.profileId, NOTEBOOK_V1_PASSPHRASE);
  return { env, dump, service, session };
}

describe('frozen notebook v1', () => {
  it('lists both cases, nothing damaged, and finds them by their words', async () => {
    const { session } = await openFrozen();
    const notebook = await loadNotebook(session);
    expect(notebook.damaged).toBe(0);
    expect(notebook.newer).toBe(0);
    expect(
      [...notebook.cases.values()]
        .map((c) => [c.label, c.status, c.openedOn, c.province, c.followUpOn])
        .sort(),
    ).toEqual([
      ['GOM-2026-0001', 'oriente', '2026-11-02', 'Nord-Kivu', '2026-11-18'],
      ['GOM-2026-0002', 'clos', '2026-11-16', 'Sud-Kivu', ''],
    ]);
    expect(notebook.index.search('cassiterite')?.ids()).toEqual([CASE_A]);
    expect(notebook.index.search('dette transport')?.ids()).toEqual([CASE_B]);
    session.lock();
  });

  it('opens case 1 with every kind of record as a person saw it, and its journal intact', async () => {
    const { session } = await openFrozen();
    const c = await loadCase(session, CASE_A);
    expect(c.damaged).toEqual([]);
    expect(c.newer).toEqual([]);
    expect(c.file.summary).toBe(
      'Deux enfants (V-01, V-02) vus au lavage de la cassitérite ; T-01 a signalé les faits.',
    );
    expect(c.file.incidentOn).toBe('2026-10-28');
    expect(c.file.place).toEqual({
      province: 'Nord-Kivu',
      territory: 'Masisi',
      site: 'Puits fictif n° 7',
      lat: -1.4,
      lon: 28.8,
    });
    expect(c.file.statusHistory.map((s) => [s.status, s.on])).toEqual([
      ['ouvert', '2026-11-02'],
      ['oriente', '2026-11-04'],
    ]);
    expect(c.file.infractions).toEqual(['code-penal/art-174c', 'loi-09-001/art-187']);

    // Persons: written as version 1 (one free-text contact), read as version 2 without losing it.
    expect(c.persons.map((p) => p.value.code)).toEqual(['T-01', 'V-01', 'V-02']);
    const byCode = Object.fromEntries(c.persons.map((p) => [p.value.code, p.value]));
    expect(byCode['V-01']).toMatchObject({
      initials: 'Z. M.',
      age: 14,
      sex: 'f',
      nationality: 'congolaise',
      languages: 'swahili, mashi',
      vulnerabilities: ['child', 'unaccompanied'],
      contactConsent: true,
      phone: '+243812345678',
      phone2: '',
      email: '',
      contactNote: '',
    });
    expect(formatPhone(byCode['V-01']!.phone)).toBe('+243 812 345 678');
    expect(byCode['V-02']).toMatchObject({
      initials: 'B. K.',
      age: null,
      ageGroup: '15-17',
      phone: '',
      contactNote: 'Par sa tante, au marché le samedi',
    });
    expect(byCode['T-01']).toMatchObject({
      role: 'temoin',
      initials: 'J.-P. N.',
      contactConsent: false,
      phone: '',
      contactNote: '',
    });

    const [screening] = c.screenings.map((s) => s.value);
    expect(screening).toMatchObject({
      personId: c.persons.find((p) => p.value.code === 'V-01')!.id,
      date: '2026-11-03',
      interviewer: 'Inspectrice A. (fictive)',
    });
    expect(screening!.screening.audience).toBe('child');
    expect(
      Object.entries(screening!.screening.answers).map(([id, a]) => [id.split('/')[1], a.mark, a.note]),
    ).toEqual([
      ['enfant-trompe-nature', 'present', 'Lavage dans l’eau jusqu’aux genoux, 10 h par jour.'],
      ['enfant-trompe-ecole', 'present', ''],
      ['enfant-trompe-salaire', 'unknown', 'À demander au prochain entretien.'],
      ['enfant-trompe-conditions', 'absent', ''],
    ]);

    const [referral] = c.referrals.map((r) => r.value);
    expect(referral).toMatchObject({
      organisation: 'ONG fictive Mwangaza',
      status: 'acceptee',
      date: '2026-11-04',
      followUpOn: '2026-11-18',
      consentMode: 'guardian',
      shared: ['code', 'initials', 'age', 'reason'],
      contactPhone: '+243812345679',
      contactEmail: 'permanence@mwangaza.example',
    });

    expect(c.notes.map((n) => n.value.text)).toEqual([
      'Kiswahili: habari za asubuhi — « test » ü œ.',
      '**Visite du site** : V-01 absente ce jour ; T-01 confirme les horaires.\n\n- prochain passage le 10/11',
    ]);
    expect(c.tasks.map((t) => [t.value.title, t.value.dueOn, t.value.done])).toEqual([
      ['Rappeler la permanence', '2026-11-20', false],
      ['Photographier le site', '', true],
    ]);

    expect(c.attachments.map((a) => [a.value.name, a.value.type, a.value.size])).toEqual([
      ['proces-verbal-fictif.pdf', 'pdf', 193],
    ]);
    const bytes = await readAttachment(session, c.attachments[0]!.value);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '794abaa4f6f06fc519895c22944a0ab43ad02b4fb32bdefa1952ce81613cb47b',
    );

    expect(c.audit.map((a) => a.action)).toEqual([
      'created',
      'person',
      'person',
      'person',
      'screening',
      'qualification',
      'referral',
      'note',
      'note',
      'task',
      'status',
      'attachment',
      'exported',
    ]);
    expect(await verifyAuditChain(c.audit, c.file.audit)).toMatchObject({ ok: true, problems: [] });
    expect((await loadNoteDraft(session, CASE_A))?.text).toBe('Brouillon non envoyé : revoir V-02');
    expect((await listArticleNotes(session)).map((n) => [n.entryId, n.text])).toEqual([
      ['code-penal/art-174c', 'Note de lecture fictive sur l’article.'],
    ]);
    session.lock();
  });

  it('opens case 2 (closed) and its journal', async () => {
    const { session } = await openFrozen();
    const c = await loadCase(session, CASE_B);
    expect(c.file.status).toBe('clos');
    expect(c.persons.map((p) => [p.value.code, p.value.initials, p.value.vulnerabilities])).toEqual([
      ['V-01', 'E. B.', ['debt']],
    ]);
    expect(c.audit.map((a) => a.action)).toEqual(['created', 'person', 'status']);
    expect((await verifyAuditChain(c.audit, c.file.audit)).ok).toBe(true);
    session.lock();
  });

  it('takes new changes at the current version, keeps the journal whole, and opens with the recovery key', async () => {
    const { session, service, dump } = await openFrozen();
    const before = await loadCase(session, CASE_A);
    const v02 = before.persons.find((p) => p.value.code === 'V-02')!;
    await saveCaseChange(session, CASE_A, {
      action: 'person',
      put: [{ id: v02.id, kind: KINDS.person, payload: { ...v02.value, phone: '+250788123456' } }],
    });
    const stored = await session.getRecord(v02.id);
    expect(stored.payload).toMatchObject({
      v: RECORD_VERSIONS['case-person'],
      phone: '+250788123456',
      contactNote: 'Par sa tante, au marché le samedi',
    });
    const after = await loadCase(session, CASE_A);
    expect(after.audit.at(-1)?.action).toBe('person');
    expect((await verifyAuditChain(after.audit, after.file.audit)).ok).toBe(true);
    session.lock();
    const recovered = await service.unlockWithRecoveryKey(dump.profileId, NOTEBOOK_V1_RECOVERY_KEY);
    expect((await loadNotebook(recovered.session)).cases.size).toBe(2);
    recovered.session.lock();
  });
});
