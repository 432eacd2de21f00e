import { createSearchHost } from './searchHost';
import type { WorkerRequest, WorkerResponse } from './searchProtocol';

// The search worker (a module Worker, allowed by the CSP's worker-src 'self'; FlexSearch's own worker
// mode would need eval). It imports or rebuilds the index and answers queries off the UI thread.

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handle = createSearchHost((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
