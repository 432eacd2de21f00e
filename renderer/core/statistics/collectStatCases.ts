import { decodeCaseRecord, KINDS, type CaseScreening, type Person, type Referral } from '../cases';
import type { VaultSession } from '../vault';
import { statCaseOf, type StatCase } from './statCase';

export interface CollectedCases {
  cases: StatCase[];
  /** Records that could not be read or come from a newer Dalili: not counted, and said so on the page. */
  unreadable: number;
}

/**
 * Reads the four kinds the statistics need, one indexed read per kind (not one per case), and keeps
 * only the statistics' view of each live case. The decrypted records are dropped on return: the
 * caller holds the StatCase list only while the page shows it, never stores it.
 */
export async function collectStatCases(session: VaultSession): Promise<CollectedCases> {
  const [files, persons, screenings, referrals] = await Promise.all(
    [KINDS.case, KINDS.person, KINDS.screening, KINDS.referral].map((kind) => session.listRecords({ kind })),
  );
  let unreadable = 0;
  const group = <T>(list: typeof files, kind: Parameters<typeof decodeCaseRecord>[0]) => {
    const byCase = new Map<string, { id: string; value: T }[]>();
    unreadable += list!.damaged.length;
    for (const r of list!.records) {
      if (r.caseId === null) continue;
      const decoded = decodeCaseRecord(kind, r.payload);
      if (!decoded.ok) {
        unreadable += 1;
        continue;
      }
      const items = byCase.get(r.caseId) ?? [];
      items.push({ id: r.id, value: decoded.value as T });
      byCase.set(r.caseId, items);
    }
    return byCase;
  };
  const personsByCase = group<Person>(persons, KINDS.person);
  const screeningsByCase = group<CaseScreening>(screenings, KINDS.screening);
  const referralsByCase = group<Referral>(referrals, KINDS.referral);
  const cases: StatCase[] = [];
  unreadable += files!.damaged.length;
  for (const r of files!.records) {
    const decoded = decodeCaseRecord(KINDS.case, r.payload);
    if (!decoded.ok) {
      unreadable += 1;
      continue;
    }
    // A case deleted whole (restorable for a while) is not counted.
    if (decoded.value.deleted !== undefined) continue;
    const caseId = r.id;
    cases.push(
      statCaseOf(
        decoded.value,
        personsByCase.get(caseId) ?? [],
        (screeningsByCase.get(caseId) ?? []).map((s) => s.value),
        (referralsByCase.get(caseId) ?? []).map((s) => s.value),
      ),
    );
  }
  return { cases, unreadable };
}
