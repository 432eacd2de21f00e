import { useEffect, useState } from 'react';
import type { LoadedPack } from '../../core/content/loadPack';
import { createSearchClient, type SearchClient } from '../../core/search/searchClient';
import { useContent } from '../content/useContent';

// One search worker per loaded pack, shared by the banner box and the search page. It starts as soon as
// the pack is verified (the banner mounts at start-up), so the index is ready before the first query.

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
}

export function useSearchClient(): SearchClientState {
  const content = useContent();
  const pack = content.status === 'ready' ? content.pack : undefined;
  const client = pack ? searchClientFor(pack) : undefined;
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
  if (!pack || !client) return { status: content.status === 'failed' ? 'failed' : 'waiting', rebuilt: false };
  const mine = opened?.client === client ? opened : undefined;
  return { pack, client, status: mine ? (mine.ok ? 'ready' : 'failed') : 'opening', rebuilt: mine?.rebuilt ?? false };
}
