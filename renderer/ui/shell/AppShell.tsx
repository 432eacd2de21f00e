import { Suspense } from 'react';
import { NamespaceGate } from '../i18n/NamespaceGate';
import { useT } from '../i18n/useT';
import { BannerLockButton } from './BannerLockButton';
import { ErrorBoundary } from './ErrorBoundary';
import { GlobalSearch } from './GlobalSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { NavBar } from './NavBar';
import { PageHeading } from './PageHeading';
import { PanicButton } from './PanicButton';
import { PAGE_NAMESPACES } from './pageNamespaces';
import { findRoute } from './routes';
import { useHashRoute } from './useHashRoute';
import { usePanicShortcut } from './usePanicShortcut';
import { usePortableMode } from './usePortableMode';

export function AppShell() {
  const { t } = useT();
  const route = useHashRoute();
  const portable = usePortableMode();
  usePanicShortcut();
  const current = findRoute(route.path);
  const Page = current?.page;
  const initialQuery = route.path === 'recherche' ? (route.query.get('q') ?? '') : '';
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </a>
      <header className="banner">
        <div className="brand">
          <span className="brand-name">{t('shell.appName')}</span>
          <span className="brand-tagline">{t('shell.tagline')}</span>
        </div>
        <GlobalSearch key={initialQuery} initialQuery={initialQuery} />
        <LanguageSwitch id="banner-language" />
        <BannerLockButton />
        <PanicButton />
      </header>
      <div className="body">
        <NavBar current={current} />
        <main id="main-content" tabIndex={-1}>
          <ErrorBoundary resetKey={route.path}>
            <Suspense
              fallback={
                <p className="loading page-loading" role="status">
                  {t('shell.loadingPage')}
                </p>
              }
            >
              {Page && current ? (
                <NamespaceGate namespaces={PAGE_NAMESPACES[current.id]}>
                  <Page />
                </NamespaceGate>
              ) : (
                <section className="page">
                  <PageHeading>{t('shell.notFound.title')}</PageHeading>
                  <p>{t('shell.notFound.body', { address: route.path })}</p>
                </section>
              )}
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
      <footer className="footer">
        {t('shell.offlineNote')}
        {portable && <strong className="footer-portable"> {t('pages.settings.portable')}</strong>}
      </footer>
    </div>
  );
}
