import { AttachScreening } from '../cases/AttachScreening';
import { ContentGate } from '../content/ContentGate';
import { useT } from '../i18n/useT';
import { ScreeningTool } from '../indicators/ScreeningTool';
import { PageHeading } from '../shell/PageHeading';

export function IndicatorsPage() {
  const { t } = useT();
  return (
    <section className="page screening-page">
      {/* The title stays on screen only: the printed summary carries its own. */}
      <div className="screen-only">
        <PageHeading>{t('shell.nav.indicators')}</PageHeading>
      </div>
      <ContentGate>
        {(pack) => (
          <>
            <ScreeningTool pack={pack} />
            <AttachScreening />
          </>
        )}
      </ContentGate>
    </section>
  );
}
