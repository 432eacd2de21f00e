import { ContentGate } from '../content/ContentGate';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { TrainingRoute } from '../training/TrainingRoute';

export function TrainingPage() {
  const { t } = useT();
  return (
    <section className="page training-page">
      <div className="training-no-print">
        <PageHeading>{t('shell.nav.training')}</PageHeading>
      </div>
      <ContentGate>{(pack) => <TrainingRoute pack={pack} />}</ContentGate>
    </section>
  );
}
