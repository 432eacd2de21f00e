// Issue 18, point 8: consent is real. A referral saved without consent never moves the case to
// "orienté" and cannot carry personal details; with consent the case moves only when asked.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { KINDS } from '../../../renderer/core/cases/caseSchemas';
import { canMarkOriented, referralChange } from '../../../renderer/core/cases/referralChange';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { validateReferral, type ReferralDraft } from '../../../renderer/core/cases/validateReferral';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { notebookWithCases } from './caseTestNotebook';
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';

const TODAY = '2026-11-29';

async function caseWithPerson() {
  const { session, caseIds } = await notebookWithCases([{ number: { prefix: 'GOM', year: 2026, seq: 1 } }]);
  const caseId = caseIds[0]!;
  const personId = newOpaqueId();
  await saveCaseChange(
    session,
    caseId,
    {
      action: 'person',
      put: [
        {
          id: personId,
          kind: KINDS.person,
          payload: {
            v: RECORD_VERSIONS['case-person'],
            role: 'victime',
            code: 'V-01',
            initials: 'F. K.',
            age: 14,
            ageGroup: '12-14',
            sex: 'f',
            nationality: 'congolaise',
            languages: 'swahili',
            vulnerabilities: ['child'],
            contactConsent: false,
            phone: '',
            phone2: '',
            email: '',
            contactNote: '',
          },
        },
      ],
    },
    () => 2000,
  );
  const draft: ReferralDraft = {
    personId,
    contactId: '',
    actor: '',
    organisation: 'DIVAS Masisi',
    date: '2026-11-10',
    reason: 'Prise en charge',
    consent: false,
    consentMode: '',
    shared: [],
    status: 'envoyee',
    followUpOn: '',
  };
  return { session, caseId, draft };
}

async function saveReferral(
  setup: Awaited<ReturnType<typeof caseWithPerson>>,
  draft: ReferralDraft,
  markOriented: boolean,
) {
  const { session, caseId } = setup;
  const validated = validateReferral(draft, '2026-11-02', TODAY);
  if (!validated.ok) throw new Error(validated.errors.map((e) => e.code).join());
  await saveCaseChange(session, caseId, (fresh) =>
    referralChange(fresh.file, validated.value, { markOriented, at: 3000 }),
  );
  return loadCase(session, caseId);
}

describe('referrals and consent', () => {
  it('a referral saved without consent leaves the case open, even when the move was asked for', async () => {
    const setup = await caseWithPerson();
    const bundle = await saveReferral(setup, setup.draft, true);
    expect(bundle.referrals).toHaveLength(1);
    expect(bundle.referrals[0]!.value.consent).toBe(false);
    expect(bundle.file.status).toBe('ouvert');
    expect(bundle.file.statusHistory.map((s) => s.status)).toEqual(['ouvert']);
  });

  it('with consent the case moves to "orienté" only when the person ticks it', async () => {
    const setup = await caseWithPerson();
    const consented = { ...setup.draft, consent: true, consentMode: 'oral', shared: ['code', 'age'] };
    const unticked = await saveReferral(setup, consented, false);
    expect(unticked.file.status).toBe('ouvert');
    const ticked = await saveReferral(setup, consented, true);
    expect(ticked.file.status).toBe('oriente');
    expect(ticked.file.statusHistory.map((s) => s.status)).toEqual(['ouvert', 'oriente']);
    expect(ticked.referrals).toHaveLength(2);
  });

  it('a referral without consent cannot be marked sent with personal details', () => {
    for (const item of [
      'code',
      'initials',
      'age',
      'sex',
      'nationality',
      'languages',
      'vulnerabilities',
      'contact',
    ]) {
      const result = validateReferral(
        {
          personId: 'a'.repeat(32),
          contactId: '',
          actor: '',
          organisation: 'DIVAS',
          date: '2026-11-10',
          reason: 'Prise en charge',
          consent: false,
          consentMode: '',
          shared: [item],
          status: 'envoyee',
          followUpOn: '',
        },
        '2026-11-02',
        TODAY,
      );
      expect(result.ok, item).toBe(false);
    }
  });

  it('offers the move only for a new referral with consent in an open case', () => {
    expect(canMarkOriented({ status: 'ouvert' }, true, true)).toBe(true);
    expect(canMarkOriented({ status: 'ouvert' }, false, true)).toBe(false);
    expect(canMarkOriented({ status: 'ouvert' }, true, false)).toBe(false);
    expect(canMarkOriented({ status: 'en-suivi' }, true, true)).toBe(false);
  });
});
