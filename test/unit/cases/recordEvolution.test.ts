// The rule for stored case records (renderer/core/cases/README.md, "Schema evolution"), shown on
// the frozen v1 notebook: old versions are migrated on read by pure steps, a newer version is kept
// and flagged (never damaged, never overwritten), and a careless schema change is caught.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import { KINDS, personSchema } from '../../../renderer/core/cases/caseSchemas';
import { CASE_RECORD_SCHEMAS, decodeCaseRecord } from '../../../renderer/core/cases/decodeCaseRecord';
import {
  migrateRecord,
  personV1ToV2,
  RECORD_MIGRATIONS,
} from '../../../renderer/core/cases/recordMigrations';
import { RECORD_VERSIONS, type CaseRecordKind } from '../../../renderer/core/cases/recordVersions';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { validateTransferRecords } from '../../../renderer/core/backup/validateTransfer';
import { createVaultService } from '../../../renderer/core/vault';
import { CASE_A, CASE_B, loadFrozenNotebook, NOTEBOOK_V1_PASSPHRASE } from './frozenNotebookEnv';
import { testEnv } from '../vault/vaultTestEnv';

/** Two persons exactly as version 1 stored them in the frozen notebook (checked against it below). */
const PERSON_V1_PHONE = {
  v: 1,
  initials: 'Z. M.',
  age: 14,
  ageGroup: '12-14',
  sex: 'f',
  nationality: 'congolaise',
  languages: 'swahili, mashi',
  vulnerabilities: ['child', 'unaccompanied'],
  contactConsent: true,
  contact: '0812345678',
  role: 'victime',
  code: 'V-01',
};
const PERSON_V1_TEXT = {
  v: 1,
  initials: 'B. K.',
  age: null,
  ageGroup: '15-17',
  sex: 'm',
  nationality: 'rwandaise',
  languages: '',
  vulnerabilities: ['no-documents'],
  contactConsent: true,
  contact: 'Par sa tante, au marché le samedi',
  role: 'victime',
  code: 'V-02',
};

const withoutContact = (p: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(p).filter(([key]) => key !== 'contact'));

async function openFrozen() {
  const env = testEnv();
  const dump = await loadFrozenNotebook(env);
  const session = await createVaultService(env).unlock(dump.profileId, NOTEBOOK_V1_PASSPHRASE);
  const persons = (await session.listRecords({ kind: KINDS.person })).records;
  return { session, persons };
}

describe('record versions and migrations', () => {
  it('declares each version once: every schema writes it and a migration reaches it from 1', () => {
    for (const [kind, version] of Object.entries(RECORD_VERSIONS) as [CaseRecordKind, number][]) {
      const v = (CASE_RECORD_SCHEMAS[kind] as unknown as { shape: { v: z.ZodLiteral<number> } }).shape.v;
      expect(v.value, kind).toBe(version);
      for (let n = 1; n < version; n++)
        expect(RECORD_MIGRATIONS[kind]?.[n], `${kind} ${n}→${n + 1}`).toBeTypeOf('function');
    }
  });

  it('person 1 → 2 is pure: one valid number becomes E.164, anything else stays word for word', async () => {
    const { persons } = await openFrozen();
    // The literals above are the frozen bytes, decrypted: not a copy that could drift.
    expect(persons.map((p) => p.payload)).toEqual(expect.arrayContaining([PERSON_V1_PHONE, PERSON_V1_TEXT]));
    const frozen = Object.freeze({ ...PERSON_V1_PHONE });
    expect(personV1ToV2(frozen)).toEqual({
      ...withoutContact(PERSON_V1_PHONE),
      v: 2,
      phone: '+243812345678',
      phone2: '',
      email: '',
      contactNote: '',
    });
    expect(frozen.contact).toBe('0812345678');
    expect(personV1ToV2(PERSON_V1_TEXT)).toEqual({
      ...withoutContact(PERSON_V1_TEXT),
      v: 2,
      phone: '',
      phone2: '',
      email: '',
      contactNote: 'Par sa tante, au marché le samedi',
    });
    expect(personV1ToV2({ ...PERSON_V1_TEXT, contact: '+250 788 123 456' })).toMatchObject({
      phone: '+250788123456',
      contactNote: '',
    });
    expect(personV1ToV2({ ...PERSON_V1_TEXT, contact: '' })).toMatchObject({ phone: '', contactNote: '' });
    // A gap in the chain is unreadable, never guessed.
    expect(migrateRecord(KINDS.note, { v: 1 }, 1, 2)).toBeNull();
  });

  it('a schema with a new required field and no migration would mark every stored person as damaged', async () => {
    const { persons } = await openFrozen();
    const careless = {
      ...CASE_RECORD_SCHEMAS,
      [KINDS.person]: personSchema.extend({ guardian: z.string() }),
    };
    const careful = {
      ...CASE_RECORD_SCHEMAS,
      [KINDS.person]: personSchema.extend({ guardian: z.string().default('') }),
    };
    expect(persons).toHaveLength(4);
    expect(persons.map((p) => decodeCaseRecord(KINDS.person, p.payload, careless).ok)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(persons.map((p) => decodeCaseRecord(KINDS.person, p.payload, careful).ok)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(persons.map((p) => decodeCaseRecord(KINDS.person, p.payload).ok)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('a record from a newer Dalili is kept untouched and flagged, not damaged, and never overwritten', async () => {
    const { session } = await openFrozen();
    const fromTheFuture = {
      v: RECORD_VERSIONS['case-person'] + 1,
      code: 'V-03',
      biometrics: 'un champ que cette version ignore',
    };
    const { id } = await session.putRecord({ kind: KINDS.person, caseId: CASE_A, payload: fromTheFuture });
    const bundle = await loadCase(session, CASE_A);
    expect(bundle.newer).toEqual([{ kind: KINDS.person, id }]);
    expect(bundle.damaged).toEqual([]);
    expect(bundle.persons.map((p) => p.value.code)).toEqual(['T-01', 'V-01', 'V-02']);
    const overwrite = saveCaseChange(session, CASE_A, {
      action: 'person',
      put: [{ id, kind: KINDS.person, payload: { ...bundle.persons[0]!.value } }],
    });
    await expect(overwrite).rejects.toThrow('record-too-new');
    expect((await session.getRecord(id)).payload).toEqual(fromTheFuture);
    expect((await loadCase(session, CASE_A)).audit).toHaveLength(bundle.audit.length);

    // A whole case written by a newer version: counted apart in the list, and not opened.
    const caseB = await session.getRecord(CASE_B);
    await session.putRecord({
      id: CASE_B,
      kind: KINDS.case,
      caseId: CASE_B,
      payload: { ...(caseB.payload as object), v: RECORD_VERSIONS.case + 1 },
    });
    const notebook = await loadNotebook(session);
    expect([notebook.cases.size, notebook.damaged, notebook.newer]).toEqual([1, 0, 1]);
    await expect(loadCase(session, CASE_B)).rejects.toThrow('case-too-new');
    session.lock();
  });

  it('a transfer from an office still on version 1 imports; one holding a newer record is refused as too new', async () => {
    const { session } = await openFrozen();
    const records = (await session.listRecords({ caseId: CASE_A })).records.map((r) => ({
      id: r.id,
      kind: r.kind,
      caseId: CASE_A,
      updatedAt: r.updatedAt,
      payload: r.payload,
    }));
    const content = {
      v: 1 as const,
      exportedAt: 0,
      consent: { confirmed: true as const, at: 0 },
      caseIds: [CASE_A],
      records,
    };
    expect(validateTransferRecords(content, Date.UTC(2027, 0, 1))).toHaveLength(records.length);
    const newer = {
      ...content,
      records: [...records, { ...records[0]!, id: 'f'.repeat(32), kind: KINDS.note, payload: { v: 9 } }],
    };
    expect(() => validateTransferRecords(newer, Date.UTC(2027, 0, 1))).toThrow('format-too-new');
    session.lock();
  });
});
