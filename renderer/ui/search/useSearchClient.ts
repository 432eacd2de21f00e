import { useCallback, useEffect, useState } from 'react';
import type { LoadedPack } from '../../core/content';
import { createSearchClient, type SearchClient } from '../../core/search';
import { useContent } from '../content/useContent';

// One search worker per loaded pack, shared by the banner box and the search page. The search page starts
// it at once; the banner box starts it when the browser is idle after the first page is drawn, or as soon as
// the box is focused. Handing the index to the worker copies a few megabytes on this thread: done during
// the first render, it delayed the library's first paint (issue 17, point 8).

const clients = new WeakMap<LoadedPack, SearchClient>();

export const searchClientFor = (pack: LoadedPack): SearchClient => {
  let client = clients.get(pack);
  if (!client) {
    client = createSearchClient(pack.search);
    clients.set(pack, client);
  }
  return client;
};

export type SearchStatus = 'waiting' | 'opening' | 'ready' | 'failed';

export interface SearchClientState {
  pack?: LoadedPack;
  client?: SearchClient;
  status: SearchStatus;
  /** The pack's index was made by another search configuration and was rebuilt here. */
  rebuilt: boolean;
  /** Starts the worker now if it waits for an idle moment (the banner box calls it on focus). */
  wake: () => void;
}

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 1500 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 200);
  return () => window.clearTimeout(id);
}

export function useSearchClient({
  whenIdle: deferred = false,
}: { whenIdle?: boolean } = {}): SearchClientState {
  const content = useContent();
  const pack = content.status === 'ready' ? content.pack : undefined;
  const [started, setStarted] = useState<LoadedPack | undefined>(undefined);
  const wake = useCallback(() => setStarted(pack), [pack]);
  useEffect(() => {
    if (!pack || !deferred || started === pack) return undefined;
    return whenIdle(() => setStarted(pack));
  }, [pack, deferred, started]);
  const client =
    pack && (!deferred || started === pack || clients.has(pack)) ? searchClientFor(pack) : undefined;
  const [opened, setOpened] = useState<{ client: SearchClient; ok: boolean; rebuilt: boolean }>();
  useEffect(() => {
    if (!client) return undefined;
    let live = true;
    client.opened.then(
      (state) => live && setOpened({ client, ok: true, rebuilt: state.rebuilt }),
      () => live && setOpened({ client, ok: false, rebuilt: false }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  if (!pack) return { status: content.status === 'failed' ? 'failed' : 'waiting', rebuilt: false, wake };
  if (!client) return { pack, status: 'opening', rebuilt: false, wake };
  const mine = opened?.client === client ? opened : undefined;
  return {
    pack,
    client,
    status: mine ? (mine.ok ? 'ready' : 'failed') : 'opening',
    rebuilt: mine?.rebuilt ?? false,
    wake,
  };
}
