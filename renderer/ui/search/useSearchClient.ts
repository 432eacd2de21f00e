import { useCallback, useEffect, useState } from 'react';
import type { LoadedPack, PackSearchParts } from '../../core/content';
import { createSearchClient, type SearchClient } from '../../core/search/clientFace';
import { useContent } from '../content/useContent';

// One search worker per loaded pack, shared by the banner box and the search page. The search page starts
// it at once; the banner box starts it when the browser is idle after the first page is drawn, or as soon as
// the box is focused. Handing the index to the worker copies a few megabytes on this thread: done during
// the first render, it delayed the library's first paint (issue 17, point 8). Now the worker gets the
// pack's raw parts (a plain memory copy) as soon as the pack's head is verified, and checks their
// hashes, parses and indexes them itself; results are shown once the whole pack is checked here too.

// Keyed by the pack's searchParts function: one per opened pack, and the parts are asked for only when
// the worker starts.
const clients = new WeakMap<() => Promise<PackSearchParts>, SearchClient>();

export const searchClientFor = (parts: () => Promise<PackSearchParts>): SearchClient => {
  let client = clients.get(parts);
  if (!client) {
    client = createSearchClient(parts());
    clients.set(parts, client);
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
  const parts =
    content.status === 'ready' || content.status === 'opening' ? content.pack.searchParts : undefined;
  const [started, setStarted] = useState<(() => Promise<PackSearchParts>) | undefined>(undefined);
  // A function is stored through an updater: setStarted(parts) would call it.
  const wake = useCallback(() => setStarted(() => parts), [parts]);
  useEffect(() => {
    if (!parts || !deferred || started === parts) return undefined;
    return whenIdle(() => setStarted(() => parts));
  }, [parts, deferred, started]);
  const client =
    parts && (!deferred || started === parts || clients.has(parts)) ? searchClientFor(parts) : undefined;
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
  if (!parts) return { status: content.status === 'failed' ? 'failed' : 'waiting', rebuilt: false, wake };
  if (!client) return { ...(pack ? { pack } : {}), status: 'opening', rebuilt: false, wake };
  const mine = opened?.client === client ? opened : undefined;
  // Results need the whole pack checked on this thread too: until then the search says it is opening.
  const status: SearchStatus = mine ? (mine.ok ? (pack ? 'ready' : 'opening') : 'failed') : 'opening';
  return {
    ...(pack ? { pack } : {}),
    client,
    status,
    rebuilt: mine?.rebuilt ?? false,
    wake,
  };
}
