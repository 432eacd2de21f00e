import { PackError, type PackSearchParts } from '../content';
import type { SearchSource } from './searchIndex';
import type { WorkerRequest, WorkerResponse } from './searchProtocol';
import type { SearchResponse, ServiceOptions } from './searchService';

// The UI's handle on search: it starts the worker, sends it the pack's search source once, and matches
// answers to questions. If a worker cannot start (an old runtime, a test without workers), the same host
// runs on this thread after a tick, so search still works, only less smoothly.

export interface OpenState {
  /** The index was rebuilt here because the pack's was made with another search configuration. */
  rebuilt: boolean;
  ms: number;
}

export interface SearchClient {
  opened: Promise<OpenState>;
  search(query: string, options?: ServiceOptions): Promise<SearchResponse>;
  dispose(): void;
}

type Send = (request: WorkerRequest) => void;

const startWorker = (
  onMessage: (m: WorkerResponse) => void,
  onError: () => void,
): { send: Send; stop: () => void } | undefined => {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onError();
    };
    return { send: (r) => worker.postMessage(r), stop: () => worker.terminate() };
  } catch {
    return undefined;
  }
};

// The engine is loaded only when the worker cannot run: it stays out of the start-up bundle otherwise.
const inThread = (onMessage: (m: WorkerResponse) => void): { send: Send; stop: () => void } => {
  const host = import('./searchHost').then(({ createSearchHost }) => createSearchHost(onMessage));
  let stopped = false;
  return {
    send: (r) => void host.then((handle) => !stopped && handle(r)),
    stop: () => {
      stopped = true;
    },
  };
};

/**
 * From a pack's raw parts, once read (the app: the worker checks and parses them), or from parsed
 * content (tests, the command line).
 */
export const createSearchClient = (from: SearchSource | Promise<PackSearchParts>): SearchClient => {
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void }>();
  let resolveOpened: (s: OpenState) => void = () => undefined;
  let rejectOpened: (e: Error) => void = () => undefined;
  const opened = new Promise<OpenState>((resolve, reject) => {
    resolveOpened = resolve;
    rejectOpened = reject;
  });
  const onMessage = (m: WorkerResponse): void => {
    if (m.type === 'opened') resolveOpened({ rebuilt: m.rebuilt, ms: m.ms });
    else if (m.type === 'result') {
      pending.get(m.id)?.resolve(m.response);
      pending.delete(m.id);
    } else if (m.id === undefined) {
      // A pack part the worker refused (changed, malformed): the same PackError the UI shows for it.
      rejectOpened(m.code ? new PackError(m.code, m.part) : new Error('search-open-failed'));
    } else {
      pending.get(m.id)?.reject(new Error('search-failed'));
      pending.delete(m.id);
    }
  };
  const sent: WorkerRequest[] = [];
  let isOpen = false;
  // A refused pack rejects `opened` for whoever waits on it; this bookkeeping must not add an unhandled rejection.
  opened.then(
    () => {
      isOpen = true;
      sent.length = 0;
    },
    () => undefined,
  );
  // A worker that fails to load (before it opened the index) is replaced by the current thread, and what
  // was sent to it is sent again.
  const fallBack = (): void => {
    if (isOpen) return;
    channel.stop();
    channel = inThread(onMessage);
    for (const r of sent) channel.send(r);
  };
  let channel = startWorker(onMessage, fallBack) ?? inThread(onMessage);
  const send = (r: WorkerRequest): void => {
    if (!isOpen) sent.push(r);
    channel.send(r);
  };
  if (from instanceof Promise) {
    from.then(
      (parts) => send({ type: 'open-parts', parts }),
      (error: unknown) => rejectOpened(error instanceof PackError ? error : new Error('search-open-failed')),
    );
  } else send({ type: 'open', source: from });
  return {
    opened,
    search: (query, options = {}) =>
      new Promise<SearchResponse>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        send({ type: 'search', id, query, options });
      }),
    dispose: () => {
      channel.stop();
      channel = { send: () => undefined, stop: () => undefined };
      for (const p of pending.values()) p.reject(new Error('search-disposed'));
      pending.clear();
    },
  };
};
