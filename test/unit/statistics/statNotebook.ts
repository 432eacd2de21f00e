// A generated notebook for the statistics tests (unit, browser and bench): cases, victims, witnesses,
// screenings, referrals and notes with the payloads the case notebook writes, and, counted by the
// generator itself as it draws each value (not by the code under test), what the statistics must say.
// Every case carries a pseudonym, a note and exact dates that no export may contain.
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';
import type { CaseScreening, Note, Person, Referral } from '../../../renderer/core/cases/caseSchemas';
import type { CaseBundle } from '../../../renderer/core/cases/caseBundle';
import {
  ACTOR_ROLES,
  CASE_STATUSES,
  EXPLOITATION_FORMS,
  NATIONALITY_CODES,
  REFERRAL_OUTCOMES,
  SITE_TYPES,
} from '../../../renderer/core/vocabulary';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import type { PutRecordInput } from '../../../renderer/core/vault/vaultSession';

export const PLACES: readonly [string, string][] = [
  ['Nord-Kivu', 'Masisi'],
  ['Nord-Kivu', 'Walikale'],
  ['Sud-Kivu', 'Kalehe'],
  ['Sud-Kivu', 'Mwenga'],
  ['Sud-Kivu', ''],
];
export const INDICATORS = [
  'oit-travail-force/abus-vulnerabilite',
  'oit-travail-force/tromperie',
  'oit-travail-force/isolement',
] as const;

export interface Expected {
  cases: number;
  victims: number;
  referrals: number;
  /** key → count, per breakdown; '' is « non renseigné ». Places by name as typed. */
  by: Record<string, Record<string, number>>;
  byMonth: Record<string, number>;
}

export interface GeneratedNotebook {
  records: PutRecordInput<unknown>[];
  expected: Expected;
  /** Pseudonyms (codes and initials), note texts and exact dates written in the cases: never in an export. */
  secrets: { pseudonyms: string[]; notes: string[]; dates: string[] };
}

type CaseFile = CaseBundle['file'];

const add = (e: Expected, dimension: string, key: string) => {
  const table = (e.by[dimension] ??= {});
  table[key] = (table[key] ?? 0) + 1;
};

/**
 * `count` cases opened over `months` (YYYY-MM, cycled), deterministic for a seed. About one value in
 * five of each optional field is left empty, so « non renseigné » is always counted.
 */
export function generateNotebook(count: number, months: readonly string[], seed = 7): GeneratedNotebook {
  let state = seed;
  const rand = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const maybe = <T>(list: readonly T[]): T | undefined => (rand() < 0.2 ? undefined : pick(list));
  const expected: Expected = { cases: 0, victims: 0, referrals: 0, by: {}, byMonth: {} };
  const secrets: GeneratedNotebook['secrets'] = { pseudonyms: [], notes: [], dates: [] };
  const records: PutRecordInput<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const caseId = newOpaqueId();
    const month = months[i % months.length]!;
    const day = String(1 + Math.floor(rand() * 27)).padStart(2, '0');
    const openedOn = `${month}-${day}`;
    const [province, territory] = pick(PLACES);
    const status = pick(CASE_STATUSES);
    const siteType = maybe(SITE_TYPES);
    const forms = EXPLOITATION_FORMS.filter(() => rand() < 0.25);
    const file: CaseFile = {
      v: RECORD_VERSIONS.case,
      number: { prefix: 'GEN', year: Number(month.slice(0, 4)), seq: i + 1 },
      status,
      statusHistory: [{ status: 'ouvert', on: openedOn, at: 0 }],
      openedOn,
      incidentOn: '',
      place: { province, territory, site: `Puits ${i}`, lat: null, lon: null },
      summary: `Résumé du dossier ${i}`,
      infractions: [],
      followUpOn: '',
      audit: { count: 0, head: '' },
      createdAt: 0,
      searchWords: '',
      ...(siteType ? { siteType } : {}),
      ...(forms.length > 0 ? { exploitation: forms } : {}),
    };
    records.push({ id: caseId, kind: 'case', caseId, payload: file });
    expected.cases += 1;
    expected.byMonth[month] = (expected.byMonth[month] ?? 0) + 1;
    add(expected, 'province', province);
    add(expected, 'territory', territory === '' ? '' : `${province} / ${territory}`);
    add(expected, 'siteType', siteType ?? '');
    add(expected, 'status', status);
    if (forms.length === 0) add(expected, 'exploitation', '');
    for (const f of forms) add(expected, 'exploitation', f);
    secrets.dates.push(openedOn);
    const victims = 1 + Math.floor(rand() * 2);
    for (let v = 0; v < victims + 1; v++) {
      const personId = newOpaqueId();
      const victim = v < victims;
      const code = `${victim ? 'V' : 'T'}-${String(v + 1).padStart(2, '0')}`;
      const initials = `${pick([...'ABKMNZ'])}${i}.${v}`;
      const typedAge = rand() < 0.5 ? 8 + Math.floor(rand() * 40) : null;
      const chosen = rand() < 0.3 ? pick(['12-14', '25-59'] as const) : 'unknown';
      const sex = pick(['f', 'm', 'unknown'] as const);
      const nationalityCode = maybe(NATIONALITY_CODES);
      const person: Person = {
        v: RECORD_VERSIONS['case-person'],
        role: victim ? 'victime' : 'temoin',
        code,
        initials,
        age: typedAge,
        ageGroup: chosen,
        sex,
        nationality: 'texte libre jamais compté',
        languages: '',
        vulnerabilities: [],
        contactConsent: false,
        phone: '',
        phone2: '',
        email: '',
        contactNote: '',
        ...(nationalityCode ? { nationalityCode } : {}),
      };
      records.push({ id: personId, kind: 'case-person', caseId, payload: person });
      secrets.pseudonyms.push(initials);
      if (!victim) continue;
      expected.victims += 1;
      add(expected, 'ageGroup', chosen !== 'unknown' ? chosen : ageBand(typedAge));
      add(expected, 'sex', sex === 'unknown' ? '' : sex);
      add(expected, 'nationality', nationalityCode ?? '');
      const present = INDICATORS.filter(() => rand() < 0.4);
      if (rand() < 0.7) {
        const screening: CaseScreening = {
          v: RECORD_VERSIONS['case-screening'],
          personId,
          date: openedOn,
          interviewer: 'INS-01',
          screening: {
            format: 'dalili-screening',
            version: 1,
            audience: 'adult',
            setId: 'oit-travail-force',
            answers: Object.fromEntries([
              ...present.map((id) => [id, { mark: 'present' as const, note: '' }]),
              ...INDICATORS.filter((id) => !present.includes(id)).map((id) => [
                id,
                { mark: 'absent' as const, note: '' },
              ]),
            ]),
          },
        };
        records.push({ kind: 'case-screening', caseId, payload: screening });
      } else present.length = 0;
      if (present.length === 0) add(expected, 'indicator', '');
      for (const id of present) add(expected, 'indicator', id);
      if (rand() < 0.6) {
        const serviceType = maybe(ACTOR_ROLES);
        const outcome = maybe(REFERRAL_OUTCOMES);
        const referral: Referral = {
          v: RECORD_VERSIONS['case-referral'],
          personId,
          contactId: '',
          actor: '',
          organisation: 'Service',
          date: openedOn,
          reason: `Motif confidentiel ${i}`,
          consent: false,
          consentMode: '',
          shared: [],
          status: 'envoyee',
          followUpOn: '',
          ...(serviceType ? { serviceType } : {}),
          ...(outcome ? { outcome } : {}),
        };
        records.push({ kind: 'case-referral', caseId, payload: referral });
        expected.referrals += 1;
        add(expected, 'serviceType', serviceType ?? '');
        add(expected, 'outcome', outcome ?? '');
      }
    }
    const note: Note = {
      v: 1,
      at: 0,
      text: `Note de terrain confidentielle numéro ${i} : rencontre au puits`,
    };
    records.push({ kind: 'case-note', caseId, payload: note });
    secrets.notes.push(note.text);
  }
  return { records, expected, secrets };
}

/** The generator's own reading of an age (written apart from the code under test, from the form's bounds). */
function ageBand(age: number | null): string {
  if (age === null) return '';
  const bands: [number, string][] = [
    [11, '0-11'],
    [14, '12-14'],
    [17, '15-17'],
    [24, '18-24'],
    [59, '25-59'],
  ];
  return bands.find(([top]) => age <= top)?.[1] ?? '60+';
}
