import { ensureNamespaces } from '../i18n/catalogStore';
import type { Language } from '../i18n/languages';
import { PAGE_NAMESPACES, SHELL_NAMESPACES } from './pageNamespaces';
import { findRoute, parseHash } from './routes';

/**
 * Called once before the first render: the frame's strings, the first page's strings and the first page's
 * code are requested together, so they arrive in one round instead of one after the other. Failures are
 * left to the gates, which ask again and show the error page.
 */
export function preloadFirstPage(language: Language, hash: string): void {
  const route = findRoute(parseHash(hash).path);
  ensureNamespaces(language, [...SHELL_NAMESPACES, ...(route ? PAGE_NAMESPACES[route.id] : [])]).catch(
    () => undefined,
  );
  route?.preload?.().catch(() => undefined);
}
