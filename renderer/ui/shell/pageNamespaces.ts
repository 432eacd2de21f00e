import type { Namespace } from '../i18n/catalog';
import type { RouteDef } from './routes';

// The catalogue namespaces each part of the app shows, loaded before it renders (NamespaceGate) and no
// earlier: opening the library does not download the case or backup strings. A test
// (test/unit/ui/pageNamespaces.test.ts) reads the code each page can reach and fails when a list misses a
// namespace it uses, or names one it does not.

/** The frame: banner, navigation, search box and its suggestions, lock button, footer. */
export const SHELL_NAMESPACES: readonly Namespace[] = ['shell', 'pages', 'search', 'library', 'vault'];

/** Each page's own namespaces, beyond the frame's. */
export const PAGE_NAMESPACES: Readonly<Record<RouteDef['id'], readonly Namespace[]>> = {
  library: ['content', 'dates', 'screening', 'trust'],
  search: [],
  indicators: ['cases', 'content', 'dates', 'screening', 'trust'],
  referral: ['content', 'directory', 'screening', 'trust'],
  cases: ['backup', 'cases', 'content', 'courtFile', 'dates', 'office', 'screening', 'statistics'],
  settings: ['backup', 'content', 'directory', 'office', 'trust', 'workshop'],
  training: ['content', 'training', 'trust'],
};
