import { openSearchIndex, type SearchIndex } from './searchIndex';
import type { WorkerRequest, WorkerResponse } from './searchProtocol';
import { search } from './searchService';

// What the search worker does, as a plain message handler: the worker file only wires it to `self`, and
// the client runs the very same handler on the current thread when a worker cannot start.

export const createSearchHost = (
  reply: (message: WorkerResponse) => void,
): ((request: WorkerRequest) => void) => {
  let index: SearchIndex | undefined;
  return (request) => {
    if (request.type === 'open') {
      const start = performance.now();
      try {
        const opened = openSearchIndex(request.source);
        index = opened.index;
        reply({ type: 'opened', rebuilt: opened.rebuilt, ms: performance.now() - start });
      } catch {
        reply({ type: 'failed', reason: 'open' });
      }
      return;
    }
    if (!index) {
      reply({ type: 'failed', id: request.id, reason: 'search' });
      return;
    }
    try {
      reply({ type: 'result', id: request.id, response: search(index, request.query, request.options) });
    } catch {
      // Never the query in a log: it may name a person.
      reply({ type: 'failed', id: request.id, reason: 'search' });
    }
  };
};
