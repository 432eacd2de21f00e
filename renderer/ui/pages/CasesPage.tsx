import { ComingSoon } from './ComingSoon';

export function CasesPage() {
  return <ComingSoon title="pages.cases.title" description="pages.cases.coming" />;
}
