import { ContentGate } from '../content/ContentGate';
import { useContent } from '../content/useContent';
import { useT } from '../i18n/useT';
import { Announcer } from '../library/Announcer';
import { LibraryRoute } from '../library/LibraryRoute';
import { PageHeading } from '../shell/PageHeading';
import { useHashRoute } from '../shell/useHashRoute';
import '../library/library.css';

export function LibraryPage() {
  const { t } = useT();
  const route = useHashRoute();
  const content = useContent();
  if (content.status !== 'ready') {
    // Until the pack is verified the page still has its title, and says why nothing is shown.
    return (
      <section className="page">
        <PageHeading>{t('library.title')}</PageHeading>
        <ContentGate>{() => null}</ContentGate>
      </section>
    );
  }
  return (
    <Announcer>
      <LibraryRoute pack={content.pack} rest={route.rest} />
    </Announcer>
  );
}
