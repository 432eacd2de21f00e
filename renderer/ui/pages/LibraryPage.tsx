import { parseAsOf } from '../../core/library/listFace';
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
  // The list of documents needs only the pack's head (signature and documents checked): it shows
  // while the rest of the pack is checked (issue 17, point 8). The same tree in both states, so the
  // list is not redrawn (nor its filter emptied) when the rest arrives.
  if (content.status === 'opening' || content.status === 'ready') {
    return (
      <Announcer>
        <LibraryRoute
          pack={content.pack}
          {...(content.status === 'ready' ? { complete: content.pack } : {})}
          rest={route.rest}
          asOf={parseAsOf(route.query.get('au'))}
        />
      </Announcer>
    );
  }
  // Until the pack is verified the page still has its title, and says why nothing is shown.
  return (
    <section className="page">
      <PageHeading>{t('library.title')}</PageHeading>
      <ContentGate>{() => null}</ContentGate>
    </section>
  );
}
