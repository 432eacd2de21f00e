import { use, type ReactNode } from 'react';
import type { Namespace } from './catalog';
import { ensureNamespaces, namespacesReady } from './catalogStore';
import { useT } from './useT';

/**
 * Renders its children only once their catalogue namespaces are loaded in the interface language (and in
 * French): suspends meanwhile, so the nearest Suspense shows its calm loading line, never a raw key. A
 * language switch runs in a transition (LanguageSwitch), so the page stays as it was until the new
 * language's strings are here.
 */
export function NamespaceGate({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const { language } = useT();
  if (!namespacesReady(language, namespaces)) use(ensureNamespaces(language, namespaces));
  return <>{children}</>;
}
