import { isOneOf, OPEN_REFERRAL_STATUSES } from '../vocabulary';
import type { Referral, Task } from './caseSchemas';

// "Follow-up due": the earliest date an open referral or an open task asks to look at the case again.

export function earliestFollowUp(referrals: readonly Referral[], tasks: readonly Task[]): string {
  const dates = [
    ...referrals.filter((r) => isReferralOpen(r)).map((r) => r.followUpOn),
    ...tasks.filter((t) => !t.done).map((t) => t.dueOn),
  ].filter((d) => d !== '');
  return dates.sort()[0] ?? '';
}

/** Sent or accepted: the referral still asks for a follow-up. */
export function isReferralOpen(referral: Pick<Referral, 'status'>): boolean {
  return isOneOf(OPEN_REFERRAL_STATUSES, referral.status);
}

export function isFollowUpDue(followUpOn: string, today: string): boolean {
  return followUpOn !== '' && followUpOn <= today;
}
