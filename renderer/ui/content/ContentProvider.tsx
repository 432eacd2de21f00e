import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { PackError, isPackError } from '../../core/content';
import { ContentActionsContext, ContentContext, type ContentActions, type ContentState } from './ContentContext';
import type { PackSources } from './packSources';

// Verification, Dexie and the index load after the first paint: the shell and search box come first.
const loadStartup = () => import('../../core/contentUpdate/lazy');

function logRefusal(error: PackError, source: string): void {
  // The code and part only: never content or key material.
  console.warn('content-pack-refused', source, error.code, error.part ?? '');
}

/** Loads and verifies the packs once; nothing from a pack is shown before its checks pass. */
export function ContentProvider({ children, sources: given }: { children: ReactNode; sources?: PackSources }) {
  const sources = useMemo<Promise<PackSources>>(
    () => (given ? Promise.resolve(given) : import('./packSources').then((m) => m.createPackSources())),
    [given],
  );
  const [state, setState] = useState<ContentState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    const resolved = Promise.all([sources, loadStartup()]).then(async ([s, startup]) => {
      // Compare with the highest version this computer has had before raising it: a removed or
      // older imported pack is then said, not silently accepted. The raise itself is not awaited.
      const [chosen, before] = await Promise.all([startup.resolveStartupPack(s.loadBundled, s.loadImported), s.trust.read()]);
      s.trust.recordSeen(chosen.pack).catch(() => undefined);
      return startup.withRollbackCheck(chosen, before.highestPackVersion, before.acknowledged);
    });
    resolved.then(
      (startup) => {
        if (startup.refused) logRefusal(startup.refused.error, startup.refused.source);
        if (live) setState({ status: 'ready', ...startup });
      },
      (error: unknown) => {
        const packError = isPackError(error) ? error : new PackError('malformed', undefined, 'unexpected');
        logRefusal(packError, 'all');
        if (live) setState({ status: 'failed', error: packError });
      },
    );
    return () => {
      live = false;
    };
  }, [sources]);

  const actions = useMemo<ContentActions>(
    () => ({
      activateImported: async (candidate, bytes) => {
        const s = await sources;
        await s.store.save(bytes, candidate.manifest.packVersion, new Date().toISOString());
        await s.trust.recordSeen(candidate);
        setState({ status: 'ready', pack: candidate, source: 'imported' });
      },
      revertToBundled: async () => {
        const s = await sources;
        const bundled = await s.loadBundled();
        await s.store.clear();
        await s.trust.acknowledgeRollback();
        setState({ status: 'ready', pack: bundled, source: 'bundled' });
        return bundled;
      },
      readTrust: async () => (await sources).trust.read(),
    }),
    [sources],
  );

  return (
    <ContentContext.Provider value={state}>
      <ContentActionsContext.Provider value={actions}>{children}</ContentActionsContext.Provider>
    </ContentContext.Provider>
  );
}
