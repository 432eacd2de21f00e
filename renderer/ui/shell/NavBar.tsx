import { useT } from '../i18n/useT';
import { ROUTES, type RouteDef } from './routes';

export function NavBar({ current }: { current: RouteDef | undefined }) {
  const { t } = useT();
  return (
    <nav className="nav" aria-label={t('shell.mainNavigation')}>
      <ul>
        {ROUTES.map((route) => (
          <li key={route.id}>
            <a
              href={`#/${route.path}`}
              aria-current={current?.id === route.id ? 'page' : undefined}
              data-route={route.id}
            >
              {t(route.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
