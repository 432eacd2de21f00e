// Module Worker entry: Argon2id takes ~0.5 s and 64+ MiB, which would freeze the window if run on
// the UI thread. One worker per derivation, terminated afterwards, so its WASM memory is released.
import { handleKdfRequest, type KdfRequest, type KdfResponse } from './kdfProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<KdfRequest>) => void) | null;
  postMessage(message: KdfResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handleKdfRequest(event.data).then((response) => {
    scope.postMessage(response, response.ok ? [response.key.buffer] : []);
  });
};
