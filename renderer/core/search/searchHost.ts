import { isPackError, readSearchParts } from '../content';
import { openSearchIndex, type SearchIndex, type SearchSource } from './searchIndex';
import type { WorkerRequest, WorkerResponse } from './searchProtocol';
import { search } from './searchService';

// What the search worker does, as a plain message handler: the worker file only wires it to `self`, and
// the client runs the very same handler on the current thread when a worker cannot start.
// A pack's raw parts are checked (their signed hashes) and parsed here, so searches asked meanwhile wait.

export const createSearchHost = (
  reply: (message: WorkerResponse) => void,
): ((request: WorkerRequest) => void) => {
  let index: SearchIndex | undefined;
  let opening: Promise<void> | undefined;
  const open = (source: SearchSource, start: number): void => {
    const opened = openSearchIndex(source);
    index = opened.index;
    reply({ type: 'opened', rebuilt: opened.rebuilt, ms: performance.now() - start });
  };
  const answer = (request: Extract<WorkerRequest, { type: 'search' }>): void => {
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
  return (request) => {
    if (request.type === 'open') {
      try {
        open(request.source, performance.now());
      } catch {
        reply({ type: 'failed', reason: 'open' });
      }
      return;
    }
    if (request.type === 'open-parts') {
      const start = performance.now();
      opening = readSearchParts(request.parts).then(
        (source) => {
          try {
            open(source, start);
          } catch {
            reply({ type: 'failed', reason: 'open' });
          }
        },
        (error: unknown) =>
          // A changed or malformed part: nothing of it is indexed, and the reason goes back as a code.
          reply({
            type: 'failed',
            reason: 'open',
            ...(isPackError(error) ? { code: error.code, ...(error.part ? { part: error.part } : {}) } : {}),
          }),
      );
      return;
    }
    if (opening && !index) void opening.then(() => answer(request));
    else answer(request);
  };
};
