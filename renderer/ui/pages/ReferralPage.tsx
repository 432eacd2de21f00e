import { useT } from '../i18n/useT';
import { ReferralSections, sectionOf } from '../referral/ReferralSections';
import { PageHeading } from '../shell/PageHeading';
import { useHashRoute } from '../shell/useHashRoute';

export function ReferralPage() {
  const { t } = useT();
  const section = sectionOf(useHashRoute().rest);
  return (
    <section className="page referral-page">
      <PageHeading>{t('shell.nav.referral')}</PageHeading>
      <ReferralSections section={section} />
    </section>
  );
}
