// A full case for the court file tests, written through the real vault (fake-indexeddb, real WebCrypto)
// the way the app writes it: three persons (an adult who consented to be reached, an adult who did not,
// a child), screenings, a qualification, referrals, notes and two attachments.
import { resolve } from 'node:path';
import { compileContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';
import { addAttachment } from '../../../renderer/core/cases/caseAttachments';
import { KINDS, type Person } from '../../../renderer/core/cases/caseSchemas';
import { enqueueCaseWrite } from '../../../renderer/core/cases/caseWriteQueue';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import type { CourtFileContent } from '../../../renderer/core/courtFile';
import { newScreening, setAnswer } from '../../../renderer/core/screening/screening';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { TINY_PDF, TINY_PNG } from '../../fixtures/attachments/attachmentFixtures';
import { boyScreening } from '../../fixtures/content/boyAtGoldMine';
import { notebookWithCases } from '../cases/caseTestNotebook';

export const SUMMARY = 'Des enfants portent des sacs de minerai au puits de Bisie pour un patron.';
export const NOTE = 'Entretien avec V-02 près du puits : il dit ne pas pouvoir partir.';
export const PHONE = '+243812345678';
export const EMAIL = 'temoin@example.cd';
export const NO_CONSENT_NOTE = 'passe au marché le jeudi';
export const ARTICLES = ['loi-09-001/art-162', 'loi-09-001/art-53'];

const person = (fields: Partial<Person>): Person => ({
  v: 3,
  role: 'victime',
  code: 'V-01',
  initials: 'A. B.',
  age: null,
  ageGroup: 'unknown',
  sex: 'unknown',
  nationality: '',
  languages: '',
  vulnerabilities: [],
  contactConsent: false,
  phone: '',
  phone2: '',
  email: '',
  contactNote: '',
  ...fields,
});

let compiled: CourtFileContent | undefined;
/** The real content, compiled once per test file. */
export function realContent(): CourtFileContent {
  if (!compiled) {
    const { documents, entries } = compileContent(
      readContentDir(resolve(import.meta.dirname, '../../../content')),
    );
    compiled = {
      documents,
      documentsById: new Map(documents.map((d) => [d.id, d])),
      entriesById: new Map(entries.map((e) => [e.id, e])),
    };
  }
  return compiled;
}

export async function fullCase() {
  const { session, caseIds, env } = await notebookWithCases([
    {
      number: { prefix: 'GOM', year: 2026, seq: 7 },
      fields: {
        prefix: 'GOM',
        openedOn: '2026-11-02',
        incidentOn: '2026-10-20',
        place: { province: 'Nord-Kivu', territory: 'Walikale', site: 'Bisie', lat: null, lon: null },
        summary: SUMMARY,
      },
    },
  ]);
  const caseId = caseIds[0]!;
  const ids = { adult: newOpaqueId(), witness: newOpaqueId(), child: newOpaqueId() };
  await saveCaseChange(
    session,
    caseId,
    {
      action: 'person',
      put: [
        {
          id: ids.adult,
          kind: KINDS.person,
          payload: person({
            code: 'V-01',
            initials: 'M. K.',
            age: 34,
            ageGroup: '25-59',
            sex: 'f',
            contactConsent: true,
            phone: PHONE,
            email: EMAIL,
          }),
        },
        {
          id: ids.witness,
          kind: KINDS.person,
          // Details typed, but no consent: they must never reach paper.
          payload: person({
            role: 'temoin',
            code: 'T-01',
            initials: 'J. M.',
            contactConsent: false,
            contactNote: NO_CONSENT_NOTE,
          }),
        },
        {
          id: ids.child,
          kind: KINDS.person,
          payload: person({
            code: 'V-02',
            initials: 'F. K.',
            age: 14,
            ageGroup: '12-14',
            sex: 'm',
            vulnerabilities: ['child'],
          }),
        },
      ],
    },
    () => 2000,
  );
  const adultScreening = setAnswer(
    newScreening('adult', 'delphi-traite-adultes'),
    'delphi-traite-adultes/servitude-dettes-destination',
    {
      mark: 'present',
    },
  );
  await saveCaseChange(
    session,
    caseId,
    {
      action: 'screening',
      put: [
        {
          kind: KINDS.screening,
          payload: {
            v: 1,
            personId: ids.child,
            date: '2026-11-03',
            interviewer: 'OPJ Mukeba',
            screening: boyScreening(),
          },
        },
        {
          kind: KINDS.screening,
          payload: {
            v: 1,
            personId: ids.adult,
            date: '2026-11-04',
            interviewer: 'OPJ Mukeba',
            screening: adultScreening,
          },
        },
      ],
    },
    () => 3000,
  );
  const referral = (personId: string, organisation: string, consent: boolean) => ({
    v: 2,
    personId,
    contactId: '',
    actor: '',
    organisation,
    date: '2026-11-05',
    reason: 'Prise en charge psychosociale',
    consent,
    consentMode: consent ? 'guardian' : '',
    shared: [],
    status: 'envoyee',
    followUpOn: '',
  });
  await saveCaseChange(
    session,
    caseId,
    {
      action: 'referral',
      put: [
        { kind: KINDS.referral, payload: referral(ids.child, 'DIVAS Walikale', true) },
        { kind: KINDS.referral, payload: referral(ids.witness, 'Clinique juridique', false) },
        { kind: KINDS.note, payload: { v: 1, at: 3500, text: NOTE } },
      ],
    },
    () => 3500,
  );
  await saveCaseChange(
    session,
    caseId,
    (fresh) => ({
      action: 'qualification',
      file: { ...fresh.file, infractions: [...ARTICLES, 'loi-inconnue/art-1'] },
    }),
    () => 3600,
  );
  await enqueueCaseWrite(session, caseId, (fresh) =>
    addAttachment(session, fresh, 'pv-audition.pdf', TINY_PDF, 4000),
  );
  await enqueueCaseWrite(session, caseId, (fresh) =>
    addAttachment(session, fresh, 'photo-puits.png', TINY_PNG, 4100),
  );
  return { session, caseId, ids, env };
}
