// Issue 21, point 1: the court file built from a real case (fake-indexeddb, real WebCrypto, the real
// content): what goes in is what was chosen, identities only with consent, the extract holds the child's
// part only, the annexes carry the SHA-256 of the decrypted bytes, and the journal keeps what was included.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import {
  buildCourtFile,
  checkChoice,
  courtFileChange,
  type CourtFileChoice,
  defaultChoice,
  prepareCourtFile,
} from '../../../renderer/core/courtFile';
import { TINY_PDF, TINY_PNG } from '../../fixtures/attachments/attachmentFixtures';
import { secretsAtRest } from '../cases/caseTestNotebook';
import {
  ARTICLES,
  EMAIL,
  fullCase,
  NO_CONSENT_NOTE,
  NOTE,
  PHONE,
  realContent,
  SUMMARY,
} from './courtFileCase';

const CONTEXT = { preparedOn: '2026-11-20', office: 'Bureau Walikale', service: '' };
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the dossier de transmission au parquet', () => {
  it('holds by default every person by code and initials, no identity, no note, and the annexes with their SHA-256', async () => {
    const { session, caseId } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const choice = defaultChoice(bundle, 'parquet');
    const file = await prepareCourtFile(session, bundle, choice, realContent(), CONTEXT);
    expect(file.number).toBe('GOM-2026-0007');
    expect(file.sections).not.toContain('notes');
    expect(file.summary.text).toBe(SUMMARY);
    expect(file.persons.map((p) => [p.code, p.initials])).toEqual([
      ['T-01', 'J. M.'],
      ['V-01', 'M. K.'],
      ['V-02', 'F. K.'],
    ]);
    expect(file.persons.every((p) => p.identity === undefined)).toBe(true);
    expect(file.notes).toEqual([]);
    // Annexes in the order they were added, each with the fingerprint of the bytes put in.
    expect(file.annexes.map((a) => [a.index, a.name, a.sha256])).toEqual([
      [1, 'pv-audition.pdf', sha(TINY_PDF)],
      [2, 'photo-puits.png', sha(TINY_PNG)],
    ]);
    expect(JSON.stringify(file)).not.toContain(PHONE);
    expect(JSON.stringify(file)).not.toContain(NO_CONSENT_NOTE);
    // Interviewers are named only when chosen.
    expect(file.screenings.map((s) => s.interviewer)).toEqual([undefined, undefined]);
    expect(file.journal.intact).toBe(true);
    expect(file.journal.entries.map((e) => e.action)).toEqual([
      'created',
      'person',
      'screening',
      'referral',
      'qualification',
      'attachment',
      'attachment',
    ]);
  });

  it('shows an identity only for a person who consented, when chosen; never for one who did not', async () => {
    const { session, caseId, ids } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const choice: CourtFileChoice = {
      ...defaultChoice(bundle, 'parquet'),
      identities: [ids.adult, ids.witness],
      interviewers: true,
    };
    const file = buildCourtFile(bundle, choice, realContent(), {
      ...CONTEXT,
      fingerprints: new Map(),
      journalIntact: true,
    });
    const byCode = new Map(file.persons.map((p) => [p.code, p]));
    expect(byCode.get('V-01')?.identity).toEqual({ phone: PHONE, phone2: '', email: EMAIL, contactNote: '' });
    expect(byCode.get('T-01')?.identity).toBeUndefined();
    expect(JSON.stringify(file)).not.toContain(NO_CONSENT_NOTE);
    expect(file.screenings.map((s) => s.interviewer)).toEqual(['OPJ Mukeba', 'OPJ Mukeba']);
  });

  it('reads screenings as the screening tool does, and cites each article with its nature and level', async () => {
    const { session, caseId } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const content = realContent();
    const file = buildCourtFile(bundle, defaultChoice(bundle, 'parquet'), content, {
      ...CONTEXT,
      fingerprints: new Map(),
      journalIntact: true,
    });
    const child = file.screenings.find((s) => s.personCode === 'V-02');
    // The boy's screening used two lists: both appear, the one on screen first.
    expect(child?.lists.map((l) => l.setId)).toEqual(['delphi-traite-enfants', 'travail-enfants']);
    // The same reading as the screening tool gives the boy (test/unit/screening/boyAtGoldMine.test.ts).
    expect(child?.lists[0]?.reading.outcome).toBe('indicators-present');
    expect(child?.lists[0]?.marked.filter((m) => m.mark === 'present').length).toBe(3);
    const cited = file.qualification.map((a) => [a.id, a.missing]);
    expect(cited).toEqual([...ARTICLES.map((id) => [id, false]), ['loi-inconnue/art-1', true]]);
    for (const a of file.qualification.filter((q) => !q.missing)) {
      const entry = content.entriesById.get(a.id)!;
      expect(a.citation).toBe(entry.citation.replace(/\s+/g, ' ').trim());
      expect(a.nature).toBe('resume');
      expect(a.level).toBe(entry.verification.status);
    }
    // An entry keyed from the Journal officiel is cited as the official text.
    const [first] = ARTICLES;
    const entry = content.entriesById.get(first!)!;
    const official = {
      ...content,
      entriesById: new Map([
        ...content.entriesById,
        [
          first!,
          {
            ...entry,
            nature: 'texte' as const,
            official: {
              text: 'Texte',
              reference: { publication: 'Journal officiel', date: '2009-05-25', page: 'col. 5' },
              keyedBy: 'BJ',
              keyedOn: '2026-01-01',
              verifiedBy: 'CD',
              verifiedOn: '2026-01-02',
            },
          },
        ],
      ]),
    };
    const withOfficial = buildCourtFile(bundle, defaultChoice(bundle, 'parquet'), official, {
      ...CONTEXT,
      fingerprints: new Map(),
      journalIntact: true,
    });
    expect(withOfficial.qualification[0]?.nature).toBe('texte');
  });

  it('leaves out the persons not chosen, with their screenings and referrals', async () => {
    const { session, caseId, ids } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const choice = { ...defaultChoice(bundle, 'parquet'), persons: [ids.adult] };
    const file = buildCourtFile(bundle, choice, realContent(), {
      ...CONTEXT,
      fingerprints: new Map(),
      journalIntact: true,
    });
    expect(file.persons.map((p) => p.code)).toEqual(['V-01']);
    expect(file.screenings.map((s) => s.personCode)).toEqual(['V-01']);
    expect(file.referrals).toEqual([]);
  });

  it('includes the notes only when ticked', async () => {
    const { session, caseId } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const choice = defaultChoice(bundle, 'parquet');
    const file = buildCourtFile(
      bundle,
      { ...choice, sections: [...choice.sections, 'notes'] },
      realContent(),
      {
        ...CONTEXT,
        fingerprints: new Map(),
        journalIntact: true,
      },
    );
    expect(file.notes.map((n) => n.text)).toEqual([NOTE]);
  });
});

describe('the extract for the juge pour enfants', () => {
  it('holds the child and what is tied to the child only, whatever else is asked for', async () => {
    const { session, caseId, ids } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const asked: CourtFileChoice = {
      ...defaultChoice(bundle, 'enfant'),
      // A hostile or careless choice: everything, every person, every identity.
      sections: [
        'summary',
        'persons',
        'screenings',
        'qualification',
        'referrals',
        'journal',
        'notes',
        'annexes',
      ],
      persons: [ids.adult, ids.witness, ids.child],
      identities: [ids.adult, ids.witness, ids.child],
    };
    const file = await prepareCourtFile(session, bundle, asked, realContent(), CONTEXT);
    expect(file.kind).toBe('enfant');
    expect(file.childCode).toBe('V-02');
    expect(file.persons.map((p) => p.code)).toEqual(['V-02']);
    expect(file.screenings.map((s) => s.personCode)).toEqual(['V-02']);
    expect(file.referrals.map((r) => [r.personCode, r.organisation])).toEqual([['V-02', 'DIVAS Walikale']]);
    expect(file.journal.entries).toEqual([]);
    expect(file.notes).toEqual([]);
    expect(file.annexes).toEqual([]);
    const text = JSON.stringify(file);
    for (const other of ['M. K.', 'J. M.', 'V-01', 'T-01', PHONE, NO_CONSENT_NOTE, 'Clinique juridique'])
      expect(text).not.toContain(other);
  });

  it('starts with the child, the child’s sections, and no case-wide part', async () => {
    const { session, caseId, ids } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const choice = defaultChoice(bundle, 'enfant');
    expect(choice.persons).toEqual([ids.child]);
    expect(choice.sections).toEqual(['persons', 'screenings', 'referrals']);
    expect(checkChoice(bundle, choice)).toBeNull();
    expect(checkChoice(bundle, { ...choice, persons: [ids.adult] })).toBe('no-child');
  });
});

describe('choosing and journalling', () => {
  it('refuses an empty choice and an overlong role with a code', async () => {
    const { session, caseId } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const choice = defaultChoice(bundle, 'parquet');
    expect(checkChoice(bundle, { ...choice, sections: [] })).toBe('nothing-chosen');
    expect(checkChoice(bundle, { ...choice, role: 'x'.repeat(121) })).toBe('role-too-long');
    expect(checkChoice(bundle, { ...choice, role: '  Officier   de police judiciaire ' })).toBeNull();
  });

  it('journals what was included (codes and sections, never content), covered by the chain', async () => {
    const { session, caseId, ids, env } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const choice = { ...defaultChoice(bundle, 'parquet'), identities: [ids.adult, ids.witness] };
    await saveCaseChange(
      session,
      caseId,
      (fresh) => courtFileChange(fresh, choice),
      () => 5000,
    );
    const after = await loadCase(session, caseId);
    const last = after.audit.at(-1)!;
    expect(last.action).toBe('court-file');
    expect(last.v).toBe(4);
    expect(last.included).toEqual({
      document: 'parquet',
      sections: ['summary', 'persons', 'screenings', 'qualification', 'referrals', 'journal', 'annexes'],
      persons: ['T-01', 'V-01', 'V-02'],
      identities: ['V-01'],
      annexes: 2,
    });
    expect((await verifyAuditChain(after.audit, after.file.audit)).ok).toBe(true);
    expect(after.integrity.problems).toEqual([]);
    // The journal cannot be made to say less was shown: the hash covers `included`.
    const edited = after.audit.map((e) =>
      e === last ? { ...e, included: { ...last.included!, identities: [] } } : e,
    );
    const check = await verifyAuditChain(edited, after.file.audit);
    expect(check.problems).toContainEqual({ kind: 'changed', seq: last.seq });
    // Nothing in clear at rest: the entry is encrypted like every record.
    session.lock();
    expect(await secretsAtRest(env, ['GOM-2026-0007', 'V-01', 'court-file'])).toEqual([]);
  });

  it('a closed case still takes the journal entry (a print is not an edit)', async () => {
    const { session, caseId } = await fullCase();
    await saveCaseChange(
      session,
      caseId,
      (fresh) => ({
        action: 'status',
        file: {
          ...fresh.file,
          status: 'clos',
          statusHistory: [...fresh.file.statusHistory, { status: 'clos', on: '2026-11-19', at: 4500 }],
        },
      }),
      () => 4500,
    );
    const bundle = await loadCase(session, caseId);
    await saveCaseChange(
      session,
      caseId,
      (fresh) => courtFileChange(fresh, defaultChoice(bundle, 'parquet')),
      () => 5000,
    );
    expect((await loadCase(session, caseId)).audit.at(-1)?.action).toBe('court-file');
  });
});

describe('journal version 4', () => {
  it('reads a version-3 entry as version 4 with its hash unchanged, and refuses `included` that is not a list of codes', async () => {
    const { decodeCaseRecord } = await import('../../../renderer/core/cases/decodeCaseRecord');
    const { entryHash } = await import('../../../renderer/core/cases/auditChain');
    const base = {
      seq: 0,
      at: 1,
      action: 'created' as const,
      prev: '0'.repeat(64),
      binds: { wrote: [] as [string, string, string][], deleted: [] as string[] },
    };
    const entry = { v: 3, ...base, hash: await entryHash(base) };
    const decoded = decodeCaseRecord('case-audit', entry);
    expect(decoded).toEqual({ ok: true, value: { ...entry, v: 4 } });
    if (decoded.ok) expect(await entryHash(decoded.value)).toBe(entry.hash);
    const hostile = {
      ...entry,
      v: 4,
      action: 'court-file',
      included: { document: 'parquet', sections: 'all' },
    };
    expect(decodeCaseRecord('case-audit', hostile).ok).toBe(false);
  });
});

describe('hostile roles (test/fixtures/courtFile/hostileRoles.json)', () => {
  it('refuses each with its code, and prints the accepted ones as typed (spaces folded, never as HTML)', async () => {
    const { default: fixture } = await import('../../fixtures/courtFile/hostileRoles.json');
    const { session, caseId } = await fullCase();
    const bundle = await loadCase(session, caseId);
    const choice = defaultChoice(bundle, 'parquet');
    for (const { role, error } of fixture.refused)
      expect(checkChoice(bundle, { ...choice, role }), role).toBe(error);
    for (const { role, printed } of fixture.accepted) {
      expect(checkChoice(bundle, { ...choice, role })).toBeNull();
      const file = buildCourtFile(bundle, { ...choice, role }, realContent(), {
        ...CONTEXT,
        fingerprints: new Map(),
        journalIntact: true,
      });
      expect(file.role).toBe(printed);
    }
  });
});
