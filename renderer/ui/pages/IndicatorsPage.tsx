import { ComingSoon } from './ComingSoon';

export function IndicatorsPage() {
  return <ComingSoon title="pages.indicators.title" description="pages.indicators.coming" />;
}
