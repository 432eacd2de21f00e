import type { CaseBundle, CaseScreening, Person, Referral } from '../cases';

type CaseFile = CaseBundle['file'];
import {
  type ACTOR_ROLES,
  type CaseStatusName,
  type ExploitationFormName,
  type NationalityCode,
  type ReferralOutcomeName,
  type SiteTypeName,
} from '../vocabulary';
import { ageGroupOf, type AgeGroupName } from './ageGroupOf';

// What the statistics read of a case: only closed-list values, the month it was opened and the names of
// its province and territory. No pseudonym, initials, free text, exact date or place below territoire
// ever reaches this shape, so nothing built from it (tables, charts, exports) can carry them.

/** A victim of the case (persons of another role are not counted). */
export interface StatPerson {
  ageGroup: AgeGroupName;
  sex: Person['sex'];
  /** null: « non renseigné » (the free-text nationality is never read). */
  nationality: NationalityCode | null;
  /** Library ids of the indicators marked present in any of the person's screenings. */
  indicators: readonly string[];
}

type ActorRoleName = (typeof ACTOR_ROLES)[number];

export interface StatReferral {
  serviceType: ActorRoleName | null;
  outcome: ReferralOutcomeName | null;
}

export interface StatCase {
  /** YYYY-MM of the opening date: the period a case belongs to. */
  month: string;
  /** As typed, trimmed; '' when not filled. Grouped without accents or case (statistics.ts). */
  province: string;
  territory: string;
  siteType: SiteTypeName | null;
  exploitation: readonly ExploitationFormName[];
  status: CaseStatusName;
  victims: readonly StatPerson[];
  referrals: readonly StatReferral[];
}

/** The statistics' view of one case, from its decrypted records. Pure. */
export function statCaseOf(
  file: CaseFile,
  persons: readonly { id: string; value: Person }[],
  screenings: readonly CaseScreening[],
  referrals: readonly Referral[],
): StatCase {
  const present = new Map<string, Set<string>>();
  for (const s of screenings) {
    const set = present.get(s.personId) ?? new Set<string>();
    for (const [id, answer] of Object.entries(s.screening.answers))
      if (answer.mark === 'present') set.add(id);
    present.set(s.personId, set);
  }
  return {
    month: file.openedOn.slice(0, 7),
    province: file.place.province.trim(),
    territory: file.place.territory.trim(),
    siteType: file.siteType ?? null,
    exploitation: file.exploitation ?? [],
    status: file.status,
    victims: persons
      .filter((p) => p.value.role === 'victime')
      .map(({ id, value }) => ({
        ageGroup: ageGroupOf(value.ageGroup, value.age),
        sex: value.sex,
        nationality: value.nationalityCode ?? null,
        indicators: [...(present.get(id) ?? [])].sort(),
      })),
    referrals: referrals.map((r) => ({ serviceType: r.serviceType ?? null, outcome: r.outcome ?? null })),
  };
}
