import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { PackError, isPackError } from '../../core/content';
import { ContentActionsContext, ContentContext, type ContentActions, type ContentState } from './ContentContext';
import type { PackSources } from './packSources';

// Verification, Dexie and the index load after the first paint: the shell and search box come first.
const loadStartup = () => import('../../core/contentUpdate/lazy');

/** The state keeps the chosen pack only: the other one is held by the idle check alone. */
function withoutOther<T extends { other?: unknown }>(choice: T): Omit<T, 'other'> {
  const rest = { ...choice };
  delete rest.other;
  return rest;
}

/** Runs once the browser is idle (or after `timeout` ms at the latest). */
function whenIdle(run: () => void, timeout = 300): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 0);
  return () => window.clearTimeout(id);
}

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
    let cancelIdle = (): void => undefined;
    const fail = (error: unknown) => {
      const packError = isPackError(error) ? error : new PackError('malformed', undefined, 'unexpected');
      logRefusal(packError, 'all');
      if (live) setState({ status: 'failed', error: packError });
    };
    Promise.all([sources, loadStartup()])
      .then(async ([s, startup]) => {
        // Compare with the highest version this computer has had before raising it: a removed or
        // older imported pack is then said, not silently accepted. The raise itself is not awaited.
        const [chosen, before] = await Promise.all([startup.resolveStartupPack(s.loadBundled, s.loadImported), s.trust.read()]);
        const opened = startup.withRollbackCheck(chosen, before.highestPackVersion, before.acknowledged);
        if (opened.refused) logRefusal(opened.refused.error, opened.refused.source);
        // The first page (the library's list) needs only the head: it is shown now, and the rest of
        // the pack is checked when the browser is idle (issue 17, point 8).
        if (live) setState({ status: 'opening', ...withoutOther(opened) });
        cancelIdle = whenIdle(() => {
          startup.completeStartupPack(opened).then((completed) => {
            // Only a pack verified whole raises the highest version seen here.
            s.trust.recordSeen(completed.pack).catch(() => undefined);
            if (completed.refused && completed.refused !== opened.refused) logRefusal(completed.refused.error, completed.refused.source);
            const ready = startup.withRollbackCheck(completed, before.highestPackVersion, before.acknowledged);
            if (live) setState({ status: 'ready', ...ready });
          }, fail);
        });
      })
      .catch(fail);
    return () => {
      live = false;
      cancelIdle();
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
        const bundled = await (await s.loadBundled()).complete();
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
