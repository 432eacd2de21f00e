// The notebook's promise at rest: a known sentence written into a note, a person's initials and a
// referral reason appears in no stored IndexedDB byte (UTF-8 or UTF-16, keys and values).
import { describe, expect, it } from 'vitest';
import { addAttachment } from '../../../renderer/core/cases/caseAttachments';
import { enqueueCaseWrite } from '../../../renderer/core/cases/caseWriteQueue';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { KINDS, type Person, type Referral } from '../../../renderer/core/cases/caseSchemas';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';
import { TINY_PDF } from '../../fixtures/attachments/attachmentFixtures';
import { bytesAtRest, byteNeedles, notebookWithCases, secretsAtRest } from './caseTestNotebook';
import { containsBytes, dumpIndexedDb, storedBytes } from '../vault/vaultTestEnv';

const SENTENCE = 'Zawadi travaille au puits de Nyabibwe depuis mars';
const INITIALS = 'Z.K.Q.';

describe('case notebook at rest', () => {
  it('stores the sentence nowhere in clear', async () => {
    const { env, session, caseIds } = await notebookWithCases(
      [
        {
          number: { prefix: 'BKV', year: 2026, seq: 7 },
          fields: {
            prefix: 'BKV',
            openedOn: '2026-11-02',
            incidentOn: '',
            place: { province: 'Sud-Kivu', territory: 'Kalehe', site: SENTENCE, lat: -1.9, lon: 28.9 },
            summary: SENTENCE,
          },
        },
      ],
      'Bureau 7',
    );
    const caseId = caseIds[0]!;
    const personId = newOpaqueId();
    const person: Person = {
      v: RECORD_VERSIONS['case-person'],
      role: 'victime',
      code: 'V-01',
      initials: INITIALS,
      age: 15,
      ageGroup: '15-17',
      sex: 'f',
      nationality: 'congolaise',
      languages: 'swahili',
      vulnerabilities: ['child'],
      contactConsent: true,
      phone: '',
      phone2: '',
      email: '',
      contactNote: SENTENCE,
    };
    await saveCaseChange(
      session,
      caseId,
      { action: 'person', put: [{ id: personId, kind: KINDS.person, payload: person }] },
      () => 2000,
    );
    const referral: Referral = {
      v: RECORD_VERSIONS['case-referral'],
      personId,
      contactId: 'c1',
      actor: '',
      organisation: 'DIVAS Kalehe',
      date: '2026-11-10',
      reason: SENTENCE,
      consent: true,
      consentMode: 'oral',
      shared: ['code'],
      status: 'envoyee',
      followUpOn: '',
    };
    await saveCaseChange(
      session,
      caseId,
      {
        action: 'referral',
        put: [
          { kind: KINDS.referral, payload: referral },
          { kind: KINDS.note, payload: { v: 1, at: 3000, text: `**${SENTENCE}**` } },
        ],
      },
      () => 3000,
    );
    await enqueueCaseWrite(session, caseId, (fresh) =>
      addAttachment(session, fresh, 'pv.pdf', TINY_PDF, 4000),
    );
    session.lock();

    const secrets = [
      SENTENCE,
      'Nyabibwe',
      INITIALS,
      'DIVAS Kalehe',
      'BKV-2026-0007',
      'Sud-Kivu',
      'pv.pdf',
      '%PDF-1.4',
    ];
    expect(await secretsAtRest(env, secrets)).toEqual([]);
  });

  // Issue 18, point 7: needles that would be there if anything were stored in clear, and a proof
  // that the search finds them when they are (the same bytes written unencrypted beside the vault).
  it('stores no attachment byte, in clear or base64, and no case number or note in UTF-8 or UTF-16', async () => {
    const { env, session, caseIds } = await notebookWithCases([
      { number: { prefix: 'QZX', year: 2026, seq: 42 } },
    ]);
    const caseId = caseIds[0]!;
    const NOTE = 'Neema a été vue au puits de Lwemba, chantier du commandant';
    await saveCaseChange(
      session,
      caseId,
      { action: 'note', put: [{ kind: KINDS.note, payload: { v: 1, at: 2000, text: NOTE } }] },
      () => 2000,
    );
    const marker = new TextEncoder().encode('%Piece-unique-qzx procès-verbal d’audition de Neema\n');
    const pdf = new Uint8Array([...TINY_PDF.subarray(0, 9), ...marker, ...TINY_PDF.subarray(9)]);
    await enqueueCaseWrite(session, caseId, (fresh) =>
      addAttachment(session, fresh, 'audition-neema.pdf', pdf, 3000),
    );
    session.lock();

    const needles = { attachment: byteNeedles(pdf), marker: byteNeedles(marker) };
    expect(await bytesAtRest(env, needles)).toEqual([]);
    expect(await secretsAtRest(env, ['QZX-2026-0042', NOTE, 'Lwemba', 'audition-neema'])).toEqual([]);

    // The same search does see them when they are written in clear (base64 at an odd offset included).
    const clear = storedBytes({
      raw: pdf,
      shifted: 'x' + btoa(String.fromCharCode(0, ...pdf)),
      note: NOTE,
      number: 'QZX-2026-0042',
    });
    expect(containsBytes(clear, needles.attachment[0]!)).toBe(true);
    expect(needles.attachment.slice(1).some((n) => containsBytes(clear, n))).toBe(true);
    expect(
      containsBytes(storedBytes(await dumpIndexedDb(env.indexedDB)), new TextEncoder().encode('note')),
    ).toBe(true);
  });
});
