import { useT } from '../i18n/useT';
import { useHashRoute } from '../shell/useHashRoute';
import { ComingSoon } from './ComingSoon';

export function SearchPage() {
  const { t } = useT();
  const query = useHashRoute().query.get('q') ?? '';
  return (
    <ComingSoon title="pages.search.title" description="pages.search.coming">
      {query && <p className="search-echo">{t('pages.search.query', { query })}</p>}
    </ComingSoon>
  );
}
