import { ComingSoon } from './ComingSoon';

export function LibraryPage() {
  return <ComingSoon title="pages.library.title" description="pages.library.coming" />;
}
