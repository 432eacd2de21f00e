import { ComingSoon } from './ComingSoon';

export function ReferralPage() {
  return <ComingSoon title="pages.referral.title" description="pages.referral.coming" />;
}
