import type { ComponentType, LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/catalog';
import { lazyPage } from './lazyPage';

export interface RouteDef {
  id: 'library' | 'search' | 'indicators' | 'referral' | 'cases' | 'settings' | 'training';
  /** The address segment, in French: it appears in links people copy. */
  path: string;
  label: MessageKey;
  page: ComponentType | LazyExoticComponent<ComponentType>;
  /** Starts loading the page's code ahead of its first render (preloadFirstPage.ts). */
  preload?: () => Promise<unknown>;
}

// Every page loads on first use, so the frame and the search box are usable before any page's code.
export const ROUTES: readonly RouteDef[] = [
  {
    id: 'library',
    path: 'bibliotheque',
    label: 'shell.nav.library',
    ...lazyPage(() => import('../pages/LibraryPage').then((m) => ({ default: m.LibraryPage }))),
  },
  {
    id: 'search',
    path: 'recherche',
    label: 'shell.nav.search',
    ...lazyPage(() => import('../pages/SearchPage').then((m) => ({ default: m.SearchPage }))),
  },
  {
    id: 'indicators',
    path: 'indicateurs',
    label: 'shell.nav.indicators',
    ...lazyPage(() => import('../pages/IndicatorsPage').then((m) => ({ default: m.IndicatorsPage }))),
  },
  {
    id: 'referral',
    path: 'orientation',
    label: 'shell.nav.referral',
    ...lazyPage(() => import('../pages/ReferralPage').then((m) => ({ default: m.ReferralPage }))),
  },
  {
    id: 'cases',
    path: 'dossiers',
    label: 'shell.nav.cases',
    ...lazyPage(() => import('../pages/CasesPage').then((m) => ({ default: m.CasesPage }))),
  },
  // Training (issue 23): scenarios, attestation, presentation mode.
  {
    id: 'training',
    path: 'formation',
    label: 'shell.nav.training',
    ...lazyPage(() => import('../pages/TrainingPage').then((m) => ({ default: m.TrainingPage }))),
  },
  {
    id: 'settings',
    path: 'parametres',
    label: 'shell.nav.settings',
    ...lazyPage(() => import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
  },
];

export interface ParsedHash {
  path: string;
  rest: string[];
  query: URLSearchParams;
}

/** `#/recherche?q=art+53` → { path: 'recherche', rest: [], query }. */
export function parseHash(hash: string): ParsedHash {
  const withoutMark = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = withoutMark.split('?', 2);
  const [path = '', ...rest] = pathPart.split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  // Cross-references compiled into the pack point at `#/doc/<docId>/<entryId>`: they open in the library.
  const resolved = path === 'doc' ? 'bibliotheque' : path;
  return { path: resolved || ROUTES[0]!.path, rest, query: new URLSearchParams(queryPart) };
}

export function findRoute(path: string): RouteDef | undefined {
  return ROUTES.find((route) => route.path === path);
}
