// One large case for bench:courtfile, written through the app's own commits (one journal entry each),
// so the court file has many persons, screenings, referrals, journal entries and annexes. `scale` 1
// gives a few pages; the driver's default is set to give about 30.
import { addAttachment } from '../../../renderer/core/cases/caseAttachments';
import { createCase } from '../../../renderer/core/cases/caseCommit';
import { KINDS } from '../../../renderer/core/cases/caseSchemas';
import { enqueueCaseWrite } from '../../../renderer/core/cases/caseWriteQueue';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import type { ContentDocument, Entry } from '../../../renderer/core/content';
import { newScreening, setAnswer } from '../../../renderer/core/screening/screening';
import { newOpaqueId, type VaultSession } from '../../../renderer/core/vault';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A "photo" the attachment check accepts (PNG by its first bytes), 64 KiB of random content after it. */
function photo(): Uint8Array {
  const bytes = new Uint8Array(64 * 1024);
  crypto.getRandomValues(bytes.subarray(8));
  bytes.set(PNG_SIGNATURE);
  return bytes;
}

export async function writeBenchCase(
  session: VaultSession,
  content: { documents: ContentDocument[]; entries: Entry[] },
  scale: number,
): Promise<string> {
  const caseId = newOpaqueId();
  let now = 1_700_000_000_000;
  const tick = () => (now += 60_000);
  await createCase(
    session,
    caseId,
    { prefix: 'BNC', year: 2026, seq: 1 },
    {
      prefix: 'BNC',
      openedOn: '2026-03-02',
      incidentOn: '2026-02-20',
      place: { province: 'Nord-Kivu', territory: 'Walikale', site: 'Bisie', lat: -1.02, lon: 27.93 },
      summary: 'Des enfants et des adultes travaillent au puits sous la contrainte d’un « patron ». '.repeat(
        20,
      ),
    },
    tick(),
  );
  const save = (change: Parameters<typeof saveCaseChange>[2]) =>
    saveCaseChange(session, caseId, change, tick);
  const indicators = (docId: string) =>
    content.entries.filter((e) => e.docId === docId && e.kind === 'indicator').slice(0, 12);
  for (let i = 0; i < 4 * scale; i++) {
    const child = i % 2 === 1;
    const personId = newOpaqueId();
    await save({
      action: 'person',
      put: [
        {
          id: personId,
          kind: KINDS.person,
          payload: {
            v: 3,
            role: 'victime',
            code: `V-${String(i + 1).padStart(2, '0')}`,
            initials: 'A. B.',
            age: child ? 13 : 30,
            ageGroup: child ? '12-14' : '25-59',
            sex: i % 3 === 0 ? 'f' : 'm',
            nationality: 'congolaise',
            languages: 'swahili, kinyarwanda',
            vulnerabilities: child ? ['child', 'no-documents'] : ['debt'],
            contactConsent: false,
            phone: '',
            phone2: '',
            email: '',
            contactNote: '',
          },
        },
      ],
    });
    const setId = child ? 'delphi-traite-enfants' : 'delphi-traite-adultes';
    let screening = newScreening(child ? 'child' : 'adult', setId);
    for (const [k, entry] of indicators(setId).entries())
      screening = setAnswer(screening, entry.id, { mark: k % 3 === 2 ? 'unknown' : 'present' });
    await save({
      action: 'screening',
      put: [
        {
          kind: KINDS.screening,
          payload: { v: 1, personId, date: '2026-03-03', interviewer: 'Enquêteur', screening },
        },
      ],
    });
    for (const organisation of ['DIVAS Walikale', 'Clinique juridique de Goma'])
      await save({
        action: 'referral',
        put: [
          {
            kind: KINDS.referral,
            payload: {
              v: 2,
              personId,
              contactId: '',
              actor: '',
              organisation,
              date: '2026-03-04',
              reason: 'Prise en charge psychosociale, médicale et juridique ; retour en famille à préparer.',
              consent: true,
              consentMode: child ? 'guardian' : 'oral',
              shared: ['code'],
              status: 'envoyee',
              followUpOn: '2026-04-01',
            },
          },
        ],
      });
  }
  const articles = content.entries.filter((e) => e.kind === 'article').slice(0, 8 * scale);
  await save((fresh) => ({
    action: 'qualification',
    file: { ...fresh.file, infractions: articles.map((a) => a.id).slice(0, 40) },
  }));
  for (let i = 0; i < 2 * scale; i++)
    await enqueueCaseWrite(session, caseId, (fresh) =>
      addAttachment(session, fresh, `photo-${i + 1}.png`, photo(), tick()),
    );
  return caseId;
}
