import type { Referral, Task } from './caseSchemas';

// "Follow-up due": the earliest date an open referral or an open task asks to look at the case again.

export function earliestFollowUp(referrals: readonly Referral[], tasks: readonly Task[]): string {
  const dates = [
    ...referrals.filter((r) => r.status === 'envoyee' || r.status === 'acceptee').map((r) => r.followUpOn),
    ...tasks.filter((t) => !t.done).map((t) => t.dueOn),
  ].filter((d) => d !== '');
  return dates.sort()[0] ?? '';
}

export function isFollowUpDue(followUpOn: string, today: string): boolean {
  return followUpOn !== '' && followUpOn <= today;
}
