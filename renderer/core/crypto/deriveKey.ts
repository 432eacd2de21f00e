import { argon2idHash } from './argon2idHash';
import { utf8Bytes } from '../text';
import type { KdfRequest, KdfResponse } from './kdfProtocol';
import { KDF_KEY_BYTES, type KdfParams } from './kdfParams';

export type KdfJob = Omit<KdfRequest, 'id'>;
/** Runs one Argon2id derivation somewhere (worker or current thread) and resolves to the raw key. */
export type KdfRunner = (job: KdfJob) => Promise<Uint8Array<ArrayBuffer>>;

/** The subset of Worker we use, so tests can supply an in-process stand-in. */
export interface KdfWorkerLike {
  onmessage: ((event: MessageEvent<KdfResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: KdfRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export class KdfFailure extends Error {
  constructor() {
    super('kdf-failed');
    this.name = 'KdfFailure';
  }
}

export const directKdfRunner: KdfRunner = async (job) => {
  try {
    return await argon2idHash({
      ...job.cost,
      password: job.password,
      salt: job.salt,
      hashLength: job.hashLength,
    });
  } catch {
    throw new KdfFailure();
  } finally {
    job.password.fill(0);
  }
};

let nextJobId = 1;

/**
 * Runs each derivation in a fresh worker. If the worker cannot start or load its script (a CSP
 * mistake, a missing chunk after an update), `fallback` runs it on the current thread instead:
 * the window freezes for half a second, but the notebook still opens. A derivation that fails
 * inside a working worker is not retried.
 */
export function createWorkerKdfRunner(createWorker: () => KdfWorkerLike, fallback?: KdfRunner): KdfRunner {
  return (job) =>
    new Promise((resolve, reject) => {
      const id = nextJobId++;
      const runFallback = (): void => {
        if (fallback) fallback(job).then(resolve, reject);
        else {
          job.password.fill(0);
          reject(new KdfFailure());
        }
      };
      let worker: KdfWorkerLike;
      try {
        worker = createWorker();
      } catch {
        runFallback();
        return;
      }
      const finish = (): void => {
        worker.onmessage = null;
        worker.onerror = null;
        worker.terminate();
      };
      worker.onmessage = (event) => {
        const response = event.data;
        if (response.id !== id) return;
        finish();
        job.password.fill(0);
        if (response.ok) resolve(new Uint8Array(response.key));
        else reject(new KdfFailure());
      };
      worker.onerror = () => {
        finish();
        runFallback();
      };
      // Copied, not transferred: the fallback may still need the bytes. Wiped once settled.
      worker.postMessage({ id, ...job }, []);
    });
}

function createBrowserWorker(): KdfWorkerLike {
  // Written literally so Vite recognises it and bundles the worker as its own module chunk.
  return new Worker(new URL('./kdfWorker.ts', import.meta.url), { type: 'module', name: 'dalili-kdf' });
}

/** Worker when the platform has one (renderer), the current thread otherwise (Node tests, tsx scripts). */
export function defaultKdfRunner(): KdfRunner {
  return typeof Worker === 'function'
    ? createWorkerKdfRunner(createBrowserWorker, directKdfRunner)
    : directKdfRunner;
}

/**
 * Passphrase → 32-byte key. The passphrase is NFC-normalised first: "é" typed as one code point
 * or as "e" + accent must give the same key, whatever keyboard or OS produced it.
 */
export async function deriveKey(
  passphrase: string,
  params: KdfParams,
  runner: KdfRunner = defaultKdfRunner(),
): Promise<Uint8Array<ArrayBuffer>> {
  const password = utf8Bytes(passphrase.normalize('NFC'));
  return runner({
    password,
    salt: params.salt,
    cost: { memoryKiB: params.memoryKiB, iterations: params.iterations, parallelism: params.parallelism },
    hashLength: KDF_KEY_BYTES,
  });
}
