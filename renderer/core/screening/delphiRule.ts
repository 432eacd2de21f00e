import {
  DESTINATION_ELEMENTS,
  RECRUITMENT_ELEMENTS,
  type DelphiElement,
  type RecruitmentElement,
} from './delphiElements';
import type { ScreeningAudience } from './screening';

// The ILO/EC (2009) combination rule, as documented with its sources in ./README.md. Pure functions:
// the UI words their result as guidance for referral and investigation, never as a finding.

export interface StrengthCounts {
  strong: number;
  medium: number;
  weak: number;
}

/**
 * A dimension is "present" with at least: two strong indicators; or one strong and one medium or weak;
 * or three medium; or two medium and one weak. Weak indicators alone never make it present.
 */
export function isDimensionMet(c: StrengthCounts): boolean {
  return (
    c.strong >= 2 ||
    (c.strong >= 1 && c.medium + c.weak >= 1) ||
    c.medium >= 3 ||
    (c.medium >= 2 && c.weak >= 1)
  );
}

/**
 * What the combination still lacks. For an adult: a recruitment element (by deception, coercion or abuse
 * of vulnerability, the means), exploitation, a destination element. For a child the means need not be
 * shown, so what is missing is never "recruitment by deception or coercion" but `act`: how the child came
 * there (recruited, transported, transferred, harboured or received).
 */
export type Requirement = 'recruitment' | 'act' | 'exploitation' | 'destination';

export interface Combination {
  met: boolean;
  /** The recruitment elements present, which name the type(s): deceptive, coercive, abuse of vulnerability. */
  types: RecruitmentElement[];
  missing: Requirement[];
}

/**
 * Adults: (deceptive OR coercive recruitment OR recruitment by abuse of vulnerability)
 *   AND exploitation AND (coercion OR abuse of vulnerability at destination).
 * Children: the means need not be shown (Palermo Protocol, art. 3(c)): a recruitment element (read
 *   as evidence of the act, not of a means) AND exploitation; coercion or abuse of vulnerability at
 *   destination is not required.
 */
export function combineElements(
  audience: ScreeningAudience,
  present: ReadonlySet<DelphiElement>,
): Combination {
  const types = RECRUITMENT_ELEMENTS.filter((e) => present.has(e));
  const missing: Requirement[] = [];
  if (types.length === 0) missing.push(audience === 'child' ? 'act' : 'recruitment');
  if (!present.has('exploitation')) missing.push('exploitation');
  if (audience === 'adult' && !DESTINATION_ELEMENTS.some((e) => present.has(e))) missing.push('destination');
  return { met: missing.length === 0, types: missing.length === 0 ? types : [], missing };
}
